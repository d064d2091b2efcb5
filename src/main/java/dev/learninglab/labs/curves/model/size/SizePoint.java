package dev.learninglab.labs.curves.model.size;

/**
 * One measured point of the size curve: test accuracy after training on {@code size} images for
 * {@code epochs} epochs, the wall time of the training, and the last epoch's mean loss.
 */
public record SizePoint(int size, double accuracy, double seconds, int epochs, double finalLoss) {}
