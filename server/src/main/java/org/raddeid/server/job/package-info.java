/** Batch jobs: uploaded CSV/JSONL files de-identified in the background, their work directory and lifetimes. */
package org.raddeid.server.job;
