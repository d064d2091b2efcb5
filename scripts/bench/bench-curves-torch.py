# Reference side of scripts/bench/bench-curves.sh: the tutorial CNN (conv 32 3x3 ReLU, max-pool 2x2,
# dense 100 ReLU, dense 10; SGD lr 0.01 momentum 0.9; batch 32) trained with Debian's
# python3-torch on the first N MNIST test images (28x28), reporting training images/second.
#   /usr/bin/python3 scripts/bench/bench-curves-torch.py IMAGES_IDX_GZ N EPOCHS THREADS
import gzip
import sys
import time

import numpy as np
import torch
from torch import nn

path, n, epochs, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
torch.set_num_threads(threads)
torch.manual_seed(0)
with gzip.open(path, "rb") as f:
    raw = np.frombuffer(f.read(), dtype=np.uint8, offset=16)
x = torch.from_numpy(raw[: n * 784].reshape(n, 1, 28, 28).astype(np.float32) / 255.0)
y = torch.randint(0, 10, (n,))  # labels do not change the cost of a step
net = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                    nn.Linear(32 * 13 * 13, 100), nn.ReLU(), nn.Linear(100, 10))
for m in net:
    if isinstance(m, (nn.Conv2d, nn.Linear)):
        nn.init.kaiming_uniform_(m.weight, nonlinearity="relu")
opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
loss_fn = nn.CrossEntropyLoss()
start = time.perf_counter()
for epoch in range(epochs):
    order = torch.randperm(n)
    for i in range(0, n, 32):
        idx = order[i:i + 32]
        opt.zero_grad()
        loss = loss_fn(net(x[idx]), y[idx])
        loss.backward()
        opt.step()
seconds = time.perf_counter() - start
print(f"{n * epochs / seconds:.1f}")
