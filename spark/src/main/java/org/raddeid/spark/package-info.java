/** The batch de-identification engine as an Apache Spark job: one engine per executor JVM, rows as the CLI writes them. */
package org.raddeid.spark;
