/** Text shared by all recognizers: one tokenisation per document, and code point / char offset conversion. */
package org.raddeid.core.text;
