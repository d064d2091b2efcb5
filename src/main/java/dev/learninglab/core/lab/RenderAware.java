package dev.learninglab.core.lab;

import java.util.concurrent.CompletionStage;

/**
 * Implemented by a lab view that fills itself in the background: the screenshot command waits for
 * {@link #rendered()} before it takes the picture. Views without it count as rendered once shown.
 */
public interface RenderAware {
  CompletionStage<?> rendered();
}
