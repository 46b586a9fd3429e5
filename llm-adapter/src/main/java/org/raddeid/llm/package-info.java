/**
 * The LLM recognizer: asks an OpenAI-compatible or Ollama chat endpoint (through LangChain4j) to quote the PHI in a
 * text, anchors every quote back in the text, and never trusts or hides a failure.
 */
package org.raddeid.llm;
