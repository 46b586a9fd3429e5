package org.raddeid.corpora.generator;

import java.util.ArrayList;
import java.util.List;
import org.raddeid.corpora.LabelledDocument;

/**
 * A corpus divided into train, dev and test by {@link Split#of}. Immutable.
 *
 * @param train the training documents, in id order
 * @param dev the development documents, in id order
 * @param test the test documents, in id order
 */
public record Splits(List<LabelledDocument> train, List<LabelledDocument> dev, List<LabelledDocument> test) {

    public Splits {
        train = List.copyOf(train);
        dev = List.copyOf(dev);
        test = List.copyOf(test);
    }

    /** Divides {@code documents} by {@link Split#of} their ids, keeping their order. Does not change the input. */
    public static Splits of(List<LabelledDocument> documents) {
        List<LabelledDocument> train = new ArrayList<>();
        List<LabelledDocument> dev = new ArrayList<>();
        List<LabelledDocument> test = new ArrayList<>();
        for (LabelledDocument doc : documents) {
            switch (Split.of(doc.id())) {
                case TRAIN -> train.add(doc);
                case DEV -> dev.add(doc);
                case TEST -> test.add(doc);
            }
        }
        return new Splits(train, dev, test);
    }

    /** Returns the documents of {@code split}. */
    public List<LabelledDocument> get(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case DEV -> dev;
            case TEST -> test;
        };
    }
}
