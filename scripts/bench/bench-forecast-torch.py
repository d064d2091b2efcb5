#!/usr/bin/python3
# The forecast lab's LSTM in Debian's python3-torch: two stacked single-layer LSTMs of 32 units
# (batch first, as the lab's LstmNetwork), the last day's output into one dense unit; mean squared
# error, Adam 1e-3. Random windows and labels in [0, 1] made before the clock runs.
# Usage: bench-forecast-torch.py BATCH WINDOW WARMUP STEPS THREADS OUTFILE   (appends "torch STEPS/S")
import sys

import torch
from torch import nn

from torch_steps import record_step_rate

batch, window, warmup, steps, threads = (int(a) for a in sys.argv[1:6])
out = sys.argv[6]
torch.set_num_threads(threads)
torch.set_num_interop_threads(1)
torch.manual_seed(1)
UNITS = 32


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.first = nn.LSTM(1, UNITS, batch_first=True)
        self.second = nn.LSTM(UNITS, UNITS, batch_first=True)
        self.dense = nn.Linear(UNITS, 1)

    def forward(self, x):
        h, _ = self.first(x)
        h, _ = self.second(h)
        return self.dense(h[:, -1, :])


g = torch.Generator().manual_seed(7)
inputs = torch.rand(batch, window, 1, generator=g)
labels = torch.rand(batch, 1, generator=g)
net = Forecaster()
mse = nn.MSELoss()

record_step_rate(net, lambda: mse(net(inputs), labels), warmup, steps, out)
