/** De-identifying whole CSV and JSON lines files: the engine behind {@code raddeid deid} and the server's batch jobs. */
package org.raddeid.batch;
