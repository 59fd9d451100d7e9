/** Extractors: one per kind of fact, pure functions of a structured document and an extraction context. */
package org.yrdkg.extract;
