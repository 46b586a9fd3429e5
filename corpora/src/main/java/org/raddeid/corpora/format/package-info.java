/** Readers and writers for labelled corpus files: i2b2 2014 XML, BRAT standoff, JSONL, PhysioNet deid and Presidio JSON. */
package org.raddeid.corpora.format;
