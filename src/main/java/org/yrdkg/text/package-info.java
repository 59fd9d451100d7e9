/** Text layer: reads policy documents, removes layout noise with an offset map back to the raw file, finds their structure and aligns copies of one document. */
package org.yrdkg.text;
