/** Vocabulary of the yrdkg ontology as Jena constants; a leaf every other package may use. */
package org.yrdkg.vocab;
