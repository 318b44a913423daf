package vn.hotline.triage;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse binary features, with a fixed offset per class and
 * example (the score of the configured phrases), so that the model learns what the phrases miss.
 * Trained at start-up by AdaGrad with L2 regularisation, in a fixed order: the same corpus always
 * gives the same model.
 */
final class SoftmaxModel {
  private final int classes;
  private final float[] weights;
  private final float[] bias;

  private SoftmaxModel(int classes, float[] weights, float[] bias) {
    this.classes = classes;
    this.weights = weights;
    this.bias = bias;
  }

  /** One training example: its distinct feature ids, phrase offsets per class, and its class. */
  record Example(int[] features, double[] offsets, int label) {}

  float weight(int feature, int category) {
    return weights[feature * classes + category];
  }

  /**
   * Writes the class probabilities of distinct {@code features} (the first {@code count}) into
   * {@code out}.
   */
  void probabilities(int[] features, int count, double[] offsets, double[] out) {
    for (int c = 0; c < classes; c++) {
      out[c] = bias[c] + offsets[c];
    }
    for (int i = 0; i < count; i++) {
      int base = features[i] * classes;
      for (int c = 0; c < classes; c++) {
        out[c] += weights[base + c];
      }
    }
    softmax(out);
  }

  private static void softmax(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double score : scores) {
      max = Math.max(max, score);
    }
    double sum = 0;
    for (int c = 0; c < scores.length; c++) {
      scores[c] = Math.exp(scores[c] - max);
      sum += scores[c];
    }
    for (int c = 0; c < scores.length; c++) {
      scores[c] /= sum;
    }
  }

  static SoftmaxModel train(
      List<Example> examples, int featureCount, int classes, Classifier.Settings settings) {
    float[] weights = new float[featureCount * classes];
    float[] squared = new float[featureCount * classes];
    float[] bias = new float[classes];
    float[] biasSquared = new float[classes];
    SoftmaxModel model = new SoftmaxModel(classes, weights, bias);
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(42);
    double[] gradient = new double[classes];
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      for (int index : order) {
        Example example = examples.get(index);
        model.probabilities(
            example.features(), example.features().length, example.offsets(), gradient);
        gradient[example.label()] -= 1;
        for (int c = 0; c < classes; c++) {
          biasSquared[c] += (float) (gradient[c] * gradient[c]);
          bias[c] -=
              (float) (settings.learningRate() * gradient[c] / Math.sqrt(biasSquared[c] + 1e-8));
        }
        for (int feature : example.features()) {
          int base = feature * classes;
          for (int c = 0; c < classes; c++) {
            double g = gradient[c] + settings.l2() * weights[base + c];
            squared[base + c] += (float) (g * g);
            weights[base + c] -=
                (float) (settings.learningRate() * g / Math.sqrt(squared[base + c] + 1e-8));
          }
        }
      }
    }
    return model;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }
}
