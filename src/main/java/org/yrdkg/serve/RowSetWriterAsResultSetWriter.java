package org.yrdkg.serve;

import java.io.OutputStream;
import java.io.Writer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetWriter;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * A row-set writer of ours seen as a writer of Jena's older result sets, for {@code ResultSetWriterRegistry}: each
 * answer is adapted to a row set and written by {@code rows}, nothing else.
 */
record RowSetWriterAsResultSetWriter(RowSetWriter rows) implements ResultSetWriter {
  @Override
  public void write(OutputStream out, ResultSet answer, Context context) {
    rows.write(out, RowSet.adapt(answer), context);
  }

  @Override
  public void write(Writer out, ResultSet answer, Context context) {
    rows.write(out, RowSet.adapt(answer), context);
  }

  @Override
  public void write(OutputStream out, boolean answer, Context context) {
    rows.write(out, answer, context);
  }
}
