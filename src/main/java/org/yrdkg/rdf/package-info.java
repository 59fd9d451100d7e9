/** RDF model of the graph: vocabulary, IRIs, provenance and serialisation. */
package org.yrdkg.rdf;
