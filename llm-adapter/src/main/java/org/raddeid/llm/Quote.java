package org.raddeid.llm;

/**
 * One entity as the model wrote it: the quoted text, its label and optional surrounding context. Untrusted until
 * {@link Anchors} finds it in the text. Holds report text: never log it.
 *
 * @param text the quoted PHI, never null
 * @param label the model's label, possibly unknown, never null
 * @param context words around it as the model quoted them, or empty
 */
record Quote(String text, String label, String context) {
}
