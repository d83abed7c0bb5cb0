package de.bwaldvogel.mongo.backend;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The parts of mongo-java-server's update that the library keeps package-private, opened to the
 * launcher's collection ({@code fr.portailfamilles.launcher.IdIndexedH2Collection}), which applies
 * an update to copies of the fields the update names instead of a copy of the whole document.
 * This class sits in the library's package for that reason alone: it adds no behaviour, each
 * method calls the library's own code as its collection does.
 */
public final class UpdateOperatorAccess {

  private UpdateOperatorAccess() {
  }

  /** Refuses an update two of whose paths overlap, as the library does before applying it. */
  public static void checkPathsDoNotOverlap(Document update) {
    AbstractMongoCollection.validateUpdateQuery(update);
  }

  /**
   * Applies one operator's changes to {@code document}, as the library's collection does for an
   * update that is not an upsert, without array filters nor positional operator.
   */
  public static void apply(Document document, String operator, Document changes, String idField) {
    new FieldUpdates(document, UpdateOperator.fromValue(operator), idField, false, null, ArrayFilters.empty())
        .apply(changes, operator);
  }

  /** The library's equality of values, the one it counts modified documents by. */
  public static boolean sameValue(Object one, Object other) {
    return Utils.nullAwareEquals(one, other);
  }
}
