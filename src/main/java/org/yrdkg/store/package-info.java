/** Store: the built graph as a Jena dataset, in memory or in a TDB2 directory. */
package org.yrdkg.store;
