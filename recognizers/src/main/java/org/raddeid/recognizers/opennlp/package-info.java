/** An Apache OpenNLP name finder trained by raddeid itself: training, surrogate names for training, and the recognizer. */
package org.raddeid.recognizers.opennlp;
