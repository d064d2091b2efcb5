"""What the PyTorch step-rate references share: Adam steps on one fixed batch, timed after warm-up.

Imported by bench-*-torch.py from this folder; the rate is appended to OUT as "torch STEPS_PER_S",
the line the drivers hand to interleave.py.
"""
import time

import torch


def record_step_rate(net, loss_of_batch, warmup, steps, out, lr=1e-3):
    """Times `steps` Adam steps of `net` on `loss_of_batch()` after `warmup` untimed ones."""
    opt = torch.optim.Adam(net.parameters(), lr=lr)

    def step():
        opt.zero_grad()
        loss = loss_of_batch()
        loss.backward()
        opt.step()

    for _ in range(warmup):
        step()
    start = time.perf_counter()
    for _ in range(steps):
        step()
    with open(out, "a") as f:
        f.write(f"torch {steps / (time.perf_counter() - start)}\n")
