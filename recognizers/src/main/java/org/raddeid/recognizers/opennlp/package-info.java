/** An Apache OpenNLP name finder trained by raddeid itself: training, surrogates for training data, the recognizer. */
package org.raddeid.recognizers.opennlp;
