package dev.learninglab.labs.curves.model;

/**
 * The Moré–Thuente line search (MINPACK-2 {@code dcsrch} and {@code dcstep}), the one scipy's
 * L-BFGS-B uses, so that our iterates follow scikit-learn's. It finds a step satisfying the strong
 * Wolfe conditions by safeguarded cubic and quadratic interpolation.
 *
 * <p>Reverse communication: {@link #start} then {@link #next} with f and f′ at the step it asked
 * for, until {@link #done()}.
 */
final class MoreThuente {
  private static final double XTRAPL = 1.1;
  private static final double XTRAPU = 4.0;
  private static final double P5 = 0.5;
  private static final double P66 = 0.66;

  private final double ftol;
  private final double gtol;
  private final double xtol;
  private final double stpmin;
  private final double stpmax;

  private boolean brackt;
  private int stage;
  private double ginit;
  private double gtest;
  private double finit;
  private double width;
  private double width1;
  private double stx;
  private double fx;
  private double gx;
  private double sty;
  private double fy;
  private double gy;
  private double stmin;
  private double stmax;
  private boolean done;

  MoreThuente(double ftol, double gtol, double xtol, double stpmin, double stpmax) {
    this.ftol = ftol;
    this.gtol = gtol;
    this.xtol = xtol;
    this.stpmin = stpmin;
    this.stpmax = stpmax;
  }

  /** Begins a search from f(0) = {@code f}, f′(0) = {@code g} &lt; 0; returns the first step. */
  double start(double f, double g, double stp) {
    brackt = false;
    stage = 1;
    done = false;
    finit = f;
    ginit = g;
    gtest = ftol * ginit;
    width = stpmax - stpmin;
    width1 = width / P5;
    stx = 0;
    fx = finit;
    gx = ginit;
    sty = 0;
    fy = finit;
    gy = ginit;
    stmin = 0;
    stmax = stp + XTRAPU * stp;
    return stp;
  }

  /** True once the last step given to {@link #next} is accepted (converged or a warning). */
  boolean done() {
    return done;
  }

  /** Takes f and f′ at {@code stp}; returns the next step to try (or {@code stp} when done). */
  double next(double stp, double f, double g) {
    double ftest = finit + stp * gtest;
    if (stage == 1 && f <= ftest && g >= 0) {
      stage = 2;
    }
    boolean warn =
        brackt && (stp <= stmin || stp >= stmax)
            || brackt && stmax - stmin <= xtol * stmax
            || stp == stpmax && f <= ftest && g <= gtest
            || stp == stpmin && (f > ftest || g >= gtest);
    if (warn || f <= ftest && Math.abs(g) <= gtol * -ginit) {
      done = true;
      return stp;
    }
    Step s;
    if (stage == 1 && f <= fx && f > ftest) {
      // Work on the modified function ψ(α) = f(α) − f(0) − ftol·α·f′(0) until it turns down.
      s =
          dcstep(
              new Step(stx, fx - stx * gtest, gx - gtest, sty, fy - sty * gtest, gy - gtest),
              stp,
              f - stp * gtest,
              g - gtest);
      s =
          new Step(
              s.stx,
              s.fx + s.stx * gtest,
              s.gx + gtest,
              s.sty,
              s.fy + s.sty * gtest,
              s.gy + gtest,
              s.stp);
    } else {
      s = dcstep(new Step(stx, fx, gx, sty, fy, gy), stp, f, g);
    }
    stx = s.stx;
    fx = s.fx;
    gx = s.gx;
    sty = s.sty;
    fy = s.fy;
    gy = s.gy;
    stp = s.stp;
    if (brackt) {
      if (Math.abs(sty - stx) >= P66 * width1) {
        stp = stx + P5 * (sty - stx);
      }
      width1 = width;
      width = Math.abs(sty - stx);
      stmin = Math.min(stx, sty);
      stmax = Math.max(stx, sty);
    } else {
      stmin = stp + XTRAPL * (stp - stx);
      stmax = stp + XTRAPU * (stp - stx);
    }
    stp = Math.min(Math.max(stp, stpmin), stpmax);
    if (brackt && (stp <= stmin || stp >= stmax) || brackt && stmax - stmin <= xtol * stmax) {
      stp = stx;
    }
    return stp;
  }

  /** The interval ends (x: best so far, y: other end) and, after a step, the new trial. */
  private record Step(
      double stx, double fx, double gx, double sty, double fy, double gy, double stp) {
    Step(double stx, double fx, double gx, double sty, double fy, double gy) {
      this(stx, fx, gx, sty, fy, gy, Double.NaN);
    }
  }

  /** One safeguarded interpolation step and the update of the interval (MINPACK-2 dcstep). */
  private Step dcstep(Step in, double stp, double fp, double dp) {
    double stx = in.stx, fx = in.fx, dx = in.gx, sty = in.sty, fy = in.fy, dy = in.gy;
    double sgnd = dp * (dx / Math.abs(dx));
    double stpf;
    if (fp > fx) {
      // Higher function value: the minimum is bracketed.
      double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
      double s = max3(theta, dx, dp);
      double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
      if (stp < stx) {
        gamma = -gamma;
      }
      double p = (gamma - dx) + theta;
      double q = ((gamma - dx) + gamma) + dp;
      double stpc = stx + p / q * (stp - stx);
      double stpq = stx + ((dx / ((fx - fp) / (stp - stx) + dx)) / 2) * (stp - stx);
      stpf = Math.abs(stpc - stx) < Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2;
      brackt = true;
    } else if (sgnd < 0) {
      // Derivatives of opposite sign: the minimum is bracketed.
      double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
      double s = max3(theta, dx, dp);
      double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
      if (stp > stx) {
        gamma = -gamma;
      }
      double p = (gamma - dp) + theta;
      double q = ((gamma - dp) + gamma) + dx;
      double stpc = stp + p / q * (stx - stp);
      double stpq = stp + (dp / (dp - dx)) * (stx - stp);
      stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
      brackt = true;
    } else if (Math.abs(dp) < Math.abs(dx)) {
      // Same sign, derivative shrinking: the cubic may not have a minimiser beyond the step.
      double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
      double s = max3(theta, dx, dp);
      double gamma = s * Math.sqrt(Math.max(0, (theta / s) * (theta / s) - (dx / s) * (dp / s)));
      if (stp > stx) {
        gamma = -gamma;
      }
      double p = (gamma - dp) + theta;
      double q = (gamma + (dx - dp)) + gamma;
      double r = p / q;
      double stpc;
      if (r < 0 && gamma != 0) {
        stpc = stp + r * (stx - stp);
      } else if (stp > stx) {
        stpc = stmax;
      } else {
        stpc = stmin;
      }
      double stpq = stp + (dp / (dp - dx)) * (stx - stp);
      if (brackt) {
        stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
        stpf =
            stp > stx
                ? Math.min(stp + P66 * (sty - stp), stpf)
                : Math.max(stp + P66 * (sty - stp), stpf);
      } else {
        stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
        stpf = Math.max(stmin, Math.min(stmax, stpf));
      }
    } else if (brackt) {
      // Same sign, derivative not shrinking, bracketed: cubic on the other end.
      double theta = 3 * (fp - fy) / (sty - stp) + dy + dp;
      double s = max3(theta, dy, dp);
      double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dy / s) * (dp / s));
      if (stp > sty) {
        gamma = -gamma;
      }
      double p = (gamma - dp) + theta;
      double q = ((gamma - dp) + gamma) + dy;
      stpf = stp + p / q * (sty - stp);
    } else {
      stpf = stp > stx ? stmax : stmin;
    }
    if (fp > fx) {
      sty = stp;
      fy = fp;
      dy = dp;
    } else {
      if (sgnd < 0) {
        sty = stx;
        fy = fx;
        dy = dx;
      }
      stx = stp;
      fx = fp;
      dx = dp;
    }
    return new Step(stx, fx, dx, sty, fy, dy, stpf);
  }

  private static double max3(double a, double b, double c) {
    return Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c)));
  }
}
