#!/usr/bin/env bash
# Training throughput of the tutorial CNN on 28x28 inputs: Learning Lab (DJL + PyTorch) against
# Debian's python3-torch, same machine, same run, same threads, alternating to share the noise.
# Run from the repository root after `mvn -o -q compile` and writing cp.txt (see COMMON.md):
#   LEARNING_LAB_DATA_MIRROR=/work/shared/data scripts/bench-curves.sh [IMAGES] [EPOCHS] [THREADS] [ROUNDS]
# Results: bench-results/bench-curves.txt: one line per round, the median of the per-round
# ratios, and the ratio of the best rounds (the least disturbed by other jobs on a shared box).
set -euo pipefail
images=${1:-2000}
epochs=${2:-2}
threads=${3:-2}
rounds=${4:-3}
idx="${LEARNING_LAB_DATA_MIRROR:?set LEARNING_LAB_DATA_MIRROR}/mnist-test/t10k-images-idx3-ubyte.gz"
out=bench-results
mkdir -p "$out"
result="$out/bench-curves.txt"
echo "# tutorial CNN, ${images} MNIST images x ${epochs} epochs, batch 32, ${threads} threads; $(date -u)" > "$result"
echo "# round  learning-lab img/s  python3-torch img/s  ratio" >> "$result"
ratios=()
best_ours=0
best_theirs=0
for r in $(seq 1 "$rounds"); do
  home=$(mktemp -d)  # an empty cache, so the size is trained rather than read back
  seconds=$(LEARNING_LAB_HOME="$home" nice -n 15 java -Dlearninglab.threads="$threads" \
      -cp "target/classes:$(cat cp.txt)" dev.learninglab.LearningLab curves size --dataset mnist-test \
      --sizes "$images" --epochs "$epochs" --json 2>/dev/null \
    | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["points"][0]["seconds"])')
  rm -rf "$home"
  ours=$(/usr/bin/python3 -c "print(f'{$images * $epochs / $seconds:.1f}')")
  theirs=$(nice -n 15 /usr/bin/python3 scripts/bench-curves-torch.py "$idx" "$images" "$epochs" "$threads")
  ratio=$(/usr/bin/python3 -c "print(f'{$ours / $theirs:.3f}')")
  ratios+=("$ratio")
  best_ours=$(/usr/bin/python3 -c "print(max($best_ours, $ours))")
  best_theirs=$(/usr/bin/python3 -c "print(max($best_theirs, $theirs))")
  echo "$r  $ours  $theirs  $ratio" >> "$result"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median ratio (learning-lab / python3-torch): $median" >> "$result"
echo "best rounds: learning-lab $best_ours, python3-torch $best_theirs img/s, ratio $(/usr/bin/python3 -c "print(f'{$best_ours / $best_theirs:.3f}')")" >> "$result"
cat "$result"
