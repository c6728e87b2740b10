package org.iidrules.folders;

import org.iidrules.IidException;

/** A rule folder that cannot be written: nothing was written; the message says which file and why. */
public class FolderException extends IidException {
    public FolderException(String message) {
        super(message);
    }
}
