#!/usr/bin/python3
# The same v3 attention-LSTM captioner as the lab's AttentionDecoder, in Debian's python3-torch:
# three conv 3x3 + ReLU + max-pool stages (16, 32, 64), the 6x6 grid with one-hot row/column codes
# projected to 128 (ReLU), its mean through two dense+tanh layers as the LSTM's initial state, the
# previous word one-hot through a bias-free dense 64, LSTM 128, dot-product attention over the 36
# cells after the LSTM, dense 128 (tanh) on output+context, dense to the vocabulary; cross-entropy
# masked to real words; Adam 1e-3. Random pictures and captions made before the clock runs.
# Usage: bench-captioning-torch.py BATCH WARMUP STEPS THREADS OUTFILE   (appends "torch STEPS/S")
import sys

import torch
from torch import nn

from torch_steps import record_step_rate

batch, warmup, steps, threads, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
torch.set_num_threads(threads)
torch.set_num_interop_threads(1)
torch.manual_seed(1)
SIDE, T, V, H, E, G = 48, 18, 34, 128, 64, 6


class Captioner(nn.Module):
    def __init__(self):
        super().__init__()
        layers, c = [], 3
        for f in (16, 32, 64):
            layers += [nn.Conv2d(c, f, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)]
            c = f
        self.encoder = nn.Sequential(*layers)
        codes = torch.zeros(G * G, 2 * G)
        for r in range(G):
            for col in range(G):
                codes[r * G + col, r] = 1
                codes[r * G + col, G + col] = 1
        self.register_buffer("codes", codes)
        self.project = nn.Linear(64 + 2 * G, H)
        self.init_h, self.init_c = nn.Linear(H, H), nn.Linear(H, H)
        self.embed = nn.Linear(V, E, bias=False)
        self.lstm = nn.LSTM(E, H, batch_first=True)
        self.combine, self.out = nn.Linear(2 * H, H), nn.Linear(H, V)

    def forward(self, images, words):
        grid = self.encoder(images)
        b = grid.shape[0]
        cells = grid.reshape(b, 64, -1).transpose(1, 2)
        keys = torch.relu(self.project(torch.cat([cells, self.codes.expand(b, -1, -1)], 2)))
        mean = keys.mean(1)
        h0 = torch.tanh(self.init_h(mean)).unsqueeze(0)
        c0 = torch.tanh(self.init_c(mean)).unsqueeze(0)
        x = self.embed(nn.functional.one_hot(words, V).float())
        outputs, _ = self.lstm(x, (h0, c0))
        attention = torch.softmax(outputs.bmm(keys.transpose(1, 2)), 2)
        context = attention.bmm(keys)
        return self.out(torch.tanh(self.combine(torch.cat([outputs, context], 2))))


def masked_loss(logits, target):
    nll = -(torch.log_softmax(logits, 2) * nn.functional.one_hot(target, V).float()).sum(2)
    mask = (target != 0).float()
    return (nll * mask).sum() / mask.sum().clamp(min=1)


g = torch.Generator().manual_seed(7)
images = torch.rand(batch, 3, SIDE, SIDE, generator=g)
target = torch.zeros(batch, T, dtype=torch.long)
for b in range(batch):
    length = 5 + int(torch.randint(T - 5, (1,), generator=g))
    target[b, :length] = torch.randint(4, V, (length,), generator=g)
    if length < T:
        target[b, length] = 2
words = torch.cat([torch.ones(batch, 1, dtype=torch.long), target[:, :-1]], 1)
net = Captioner()
record_step_rate(net, lambda: masked_loss(net(images, words), target), warmup, steps, out)
