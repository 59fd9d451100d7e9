/** Command line: picocli commands over the pipeline, one class per command. */
package org.yrdkg.cli;
