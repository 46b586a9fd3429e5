/** Tabular record files (CSV with a header, JSON lines) read and rewritten row by row, keeping every other field. */
package org.raddeid.batch.table;
