/** Exports of the entity graph for graph tools (GraphML, GEXF, Cytoscape.js JSON) and as RDF, whole or as a subgraph. */
package org.yrdkg.export;
