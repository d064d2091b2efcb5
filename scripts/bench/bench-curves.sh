#!/usr/bin/env bash
# Training throughput of the tutorial CNN (conv 32 3x3, max-pool, dense 100, dense 10; SGD with
# momentum; batch 32) on the first IMAGES MNIST test images, interleaved A B A B, fresh processes:
#   A: `curves size` of the shaded jar (DJL, PyTorch engine) with an empty cache, so the size is
#      trained rather than read back; its own reported training seconds;
#   B: Debian's python3-torch (scripts/bench/bench-curves-torch.py), the same network and batches.
# Same intra-op thread count on both sides. The figure is seconds per training image.
#   LEARNING_LAB_DATA_MIRROR=/work/shared/data scripts/bench/bench-curves.sh [IMAGES=2000] [EPOCHS=2] [THREADS=2] [ROUNDS=5]
# Writes bench-results/curves.txt (appended).
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
images=${1:-2000}
epochs=${2:-2}
threads=${3:-2}
rounds=${4:-5}
idx="${LEARNING_LAB_DATA_MIRROR:?set LEARNING_LAB_DATA_MIRROR}/mnist-test/t10k-images-idx3-ubyte.gz"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
torch="$($PYTHON -c 'import torch; print(torch.__version__)')"
n=$((images * epochs))
# Each side prints {"secondsPerImage": ...}: A from the size's reported training seconds.
a="rm -rf $home/*; LEARNING_LAB_HOME=$home java -Dlearninglab.threads=$threads -cp $CP dev.learninglab.LearningLab curves size --dataset mnist-test --sizes $images --epochs $epochs --json | $PYTHON -c 'import json,sys; print(json.dumps({\"secondsPerImage\": json.load(sys.stdin)[\"points\"][0][\"seconds\"] / $n}))'"
b="$PYTHON $root/scripts/bench/bench-curves-torch.py $idx $images $epochs $threads | $PYTHON -c 'import json,sys; print(json.dumps({\"secondsPerImage\": 1 / float(sys.stdin.read())}))'"
interleave --rounds "$rounds" --out "$results/curves.txt" \
  --title "tutorial CNN training, $images MNIST images x $epochs epochs: learning-lab / python3-torch" \
  --about "A: DJL $(pom_version djl), PyTorch $(pom_version pytorch) engine, $JAVA_VERSION; B: python3-torch $torch" \
  --about "$threads intra-op threads on both sides, batch 32, SGD lr 0.01 momentum 0.9; A times its training loop from parameter initialisation on, B its epochs; neither the evaluation" \
  --label-a "learning-lab" --label-b "python3-torch" \
  --metric "training seconds per image=A.secondsPerImage:B.secondsPerImage" "$a" "$b"
