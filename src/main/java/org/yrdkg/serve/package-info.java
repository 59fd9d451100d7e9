/** Serve: the graph over HTTP on embedded Fuseki (SPARQL, canned queries, linked data, search), each feature a Fuseki module. */
package org.yrdkg.serve;
