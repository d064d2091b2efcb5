#!/usr/bin/python3
"""Training throughput of the same GCN in Debian's python3-torch, for scripts/bench/bench-smell-train.

The model matches the lab's `smell train --model gcn`: ogb atom encoder (one embedding per atom
feature, summed), 3 GCN layers of 64 (Kipf & Welling normalisation with self loops, messages
added with index_add_, ReLU between layers), mean over each molecule's atoms, a linear head, Adam
(lr 0.003), sigmoid cross-entropy, batches of BATCH molecules stacked block-diagonally and built
at each step, as the Java side does. Appends "torch <graphs per second in the training loop>".

Usage: bench-smell-train-torch.py GRAPHS.json EPOCHS BATCH THREADS RESULTS
"""
import json
import sys
import time

import numpy as np
import torch
from torch import nn

path, epochs, batch, threads, results = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
torch.set_num_threads(threads)
torch.set_num_interop_threads(1)
torch.manual_seed(1)
ATOM_DIMS = [119, 5, 12, 12, 10, 6, 6, 2, 2]  # ogb's full_atom_feature_dims
molecules = json.load(open(path))
X = [np.asarray(m["nodeFeatures"], dtype=np.int64) for m in molecules]
SRC = [np.asarray(m["edges"]["src"], dtype=np.int64) for m in molecules]
DST = [np.asarray(m["edges"]["dst"], dtype=np.int64) for m in molecules]
Y = np.asarray([m["y"] for m in molecules], dtype=np.float32)


class Gcn(nn.Module):
    def __init__(self, hidden=64, layers=3):
        super().__init__()
        self.embeddings = nn.ModuleList(nn.Embedding(d, hidden) for d in ATOM_DIMS)
        self.layers = nn.ModuleList(nn.Linear(hidden, hidden) for _ in range(layers))
        self.head = nn.Linear(hidden, 1)

    def forward(self, x, src, dst, graph, graphs):
        n = x.shape[0]
        h = sum(e(x[:, i]) for i, e in enumerate(self.embeddings))
        degree = torch.ones(n).index_add_(0, dst, torch.ones(dst.shape[0]))
        norm = (degree[src] * degree[dst]).rsqrt().unsqueeze(1)
        for i, layer in enumerate(self.layers):
            out = h / degree.unsqueeze(1)  # the self loop, 1/d
            out = out.index_add(0, dst, h[src] * norm)
            h = layer(out)
            if i + 1 < len(self.layers):
                h = torch.relu(h)
        counts = torch.zeros(graphs).index_add_(0, graph, torch.ones(n))
        pooled = torch.zeros(graphs, h.shape[1]).index_add_(0, graph, h) / counts.unsqueeze(1)
        return self.head(pooled)


def make_batch(rows):
    xs, srcs, dsts, graph = [], [], [], []
    base = 0
    for g, i in enumerate(rows):
        xs.append(X[i])
        srcs.append(SRC[i] + base)
        dsts.append(DST[i] + base)
        graph.append(np.full(len(X[i]), g, dtype=np.int64))
        base += len(X[i])
    return (torch.from_numpy(np.concatenate(xs)), torch.from_numpy(np.concatenate(srcs)),
            torch.from_numpy(np.concatenate(dsts)), torch.from_numpy(np.concatenate(graph)),
            len(rows), torch.from_numpy(Y[rows]).unsqueeze(1))


model = Gcn()
optimiser = torch.optim.Adam(model.parameters(), lr=0.003)
loss_fn = nn.BCEWithLogitsLoss()
rng = np.random.default_rng(1)
seen, seconds = 0, 0.0
for epoch in range(epochs):
    order = rng.permutation(len(molecules))
    start = time.perf_counter()
    for b in range(0, len(order), batch):
        x, src, dst, graph, graphs, y = make_batch(order[b:b + batch])
        optimiser.zero_grad()
        loss = loss_fn(model(x, src, dst, graph, graphs), y)
        loss.backward()
        optimiser.step()
        seen += graphs
    seconds += time.perf_counter() - start
with open(results, "a") as f:
    f.write(f"torch {seen / seconds:.1f}\n")
