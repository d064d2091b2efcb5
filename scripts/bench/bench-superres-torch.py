#!/usr/bin/python3
# The same FSRCNN(56,12,4) x3 in Debian's python3-torch (native ConvTranspose2d): forward on a
# 256x256 input and Adam training steps on batches of 16 LR patches of 32x32.
# Usage: bench-superres-torch.py RUNS STEPS THREADS   (prints one JSON object)
import json, statistics, sys, time
import torch
from torch import nn

runs, steps, threads = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
torch.set_num_threads(threads)
torch.manual_seed(1)

def fsrcnn(d=56, s=12, m=4, scale=3):
    layers = [nn.Conv2d(1, d, 5, padding=2), nn.PReLU(d), nn.Conv2d(d, s, 1), nn.PReLU(s)]
    for _ in range(m):
        layers += [nn.Conv2d(s, s, 3, padding=1), nn.PReLU(s)]
    layers += [nn.Conv2d(s, d, 1), nn.PReLU(d),
               nn.ConvTranspose2d(d, 1, 9, stride=scale, padding=4, output_padding=scale - 1)]
    return nn.Sequential(*layers)

net = fsrcnn()
x = torch.rand(1, 1, 256, 256)
with torch.no_grad():
    for _ in range(3):
        net(x)
    times = []
    for _ in range(runs):
        t = time.perf_counter(); net(x); times.append((time.perf_counter() - t) * 1000)

opt = torch.optim.Adam(net.parameters(), lr=1e-3)
loss_fn = nn.MSELoss()
def step():
    lr, hr = torch.rand(16, 1, 32, 32), torch.rand(16, 1, 96, 96)
    opt.zero_grad(); loss = loss_fn(net(lr), hr); loss.backward(); opt.step()
for _ in range(5):
    step()
t = time.perf_counter()
for _ in range(steps):
    step()
print(json.dumps({"torchVersion": torch.__version__, "torchForwardMs": statistics.median(times),
                  "torchTrainStepSeconds": (time.perf_counter() - t) / steps}))
