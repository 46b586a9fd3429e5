/** LLM-assisted recognition through LangChain4j. Not built yet: the module holds no code until its issue lands. */
package org.raddeid.llm;
