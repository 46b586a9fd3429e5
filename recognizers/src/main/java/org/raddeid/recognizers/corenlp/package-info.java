/** Stanford CoreNLP CRF named-entity recognizer: persons, locations and organisations as NAME and LOCATION spans. */
package org.raddeid.recognizers.corenlp;
