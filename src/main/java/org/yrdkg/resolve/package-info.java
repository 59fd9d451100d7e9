/** Resolution: one entity per real-world thing across mentions, spellings and copies of a document. */
package org.yrdkg.resolve;
