package org.hubmap.document;

/** Told of every change of a {@link LayoutDocument}, once, after it happened, on the thread that made it. */
@FunctionalInterface
public interface DocumentListener {
    void documentChanged(DocumentChange change);
}
