package dev.learninglab.labs.editdistance.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Length of the longest common subsequence by Hyyrö's bit-parallel algorithm (H. Hyyrö, "Bit-
 * parallel LCS-length computation revisited", 2004): one machine word carries 64 pattern
 * characters, so a text character costs one AND, one ADD and one OR per 64 pattern characters.
 *
 * <p>The pattern's match masks are built once, so matching one string against many (the package
 * matcher) pays for them once. Patterns longer than 64 characters use several words, with the
 * addition's carry passed from word to word.
 *
 * <pre>{@code
 * LcsPattern p = LcsPattern.of(CodePoints.of("numpy"));
 * p.lcs(CodePoints.of("numexpr"));   // 4 ("nump")
 * }</pre>
 */
public final class LcsPattern {
  private static final int DENSE = 256;

  private final int length;
  private final int words;

  /** Masks of code points below 256, {@code words} longs per code point. */
  private final long[] dense;

  /** Masks of the other code points. */
  private final Map<Integer, long[]> sparse = new HashMap<>();

  private final long lastWordMask;

  private LcsPattern(int[] pattern) {
    length = pattern.length;
    words = Math.max(1, (pattern.length + 63) >>> 6);
    dense = new long[DENSE * words];
    for (int i = 0; i < pattern.length; i++) {
      int c = pattern[i];
      long bit = 1L << (i & 63);
      if (c < DENSE) {
        dense[c * words + (i >>> 6)] |= bit;
      } else {
        sparse.computeIfAbsent(c, k -> new long[words])[i >>> 6] |= bit;
      }
    }
    int tail = pattern.length & 63;
    lastWordMask = tail == 0 ? -1L : (1L << tail) - 1;
  }

  public static LcsPattern of(int[] pattern) {
    return new LcsPattern(pattern);
  }

  /** The pattern's length in code points. */
  public int length() {
    return length;
  }

  /** LCS length of the pattern and {@code text}. */
  public int lcs(int[] text) {
    if (length == 0 || text.length == 0) {
      return 0;
    }
    return words == 1 ? lcsOneWord(text) : lcsBlocks(text);
  }

  private int lcsOneWord(int[] text) {
    long v = -1L;
    for (int c : text) {
      long m;
      if (c < DENSE) {
        m = dense[c];
      } else {
        long[] s = sparse.get(c);
        m = s == null ? 0 : s[0];
      }
      long u = v & m;
      v = (v + u) | (v - u);
    }
    return Long.bitCount(~v & lastWordMask);
  }

  private int lcsBlocks(int[] text) {
    long[] v = new long[words];
    Arrays.fill(v, -1L);
    for (int t = 0; t < text.length; t++) {
      if ((t & 1023) == 0 && Thread.currentThread().isInterrupted()) {
        throw new CancellationException("cancelled"); // a cancelled background task
      }
      int c = text[t];
      long[] masks;
      int offset;
      if (c < DENSE) {
        masks = dense;
        offset = c * words;
      } else {
        masks = sparse.get(c);
        offset = 0;
        if (masks == null) {
          continue; // no match anywhere: u = 0 in every word, so v is unchanged
        }
      }
      long carry = 0;
      for (int k = 0; k < words; k++) {
        long vk = v[k];
        long u = vk & masks[offset + k];
        long sum = vk + u + carry;
        // carry out of bit 63 of vk + u + carry (full-adder rule on the top bits)
        carry = ((vk & u) | ((vk | u) & ~sum)) >>> 63;
        v[k] = sum | (vk - u);
      }
    }
    int lcs = 0;
    for (int k = 0; k < words - 1; k++) {
      lcs += Long.bitCount(~v[k]);
    }
    return lcs + Long.bitCount(~v[words - 1] & lastWordMask);
  }
}
