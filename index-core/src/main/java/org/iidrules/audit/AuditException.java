package org.iidrules.audit;

import org.iidrules.IidException;

/** A recorded result that cannot be audited: not readable, not JSON, or not a result. */
public class AuditException extends IidException {
    public AuditException(String message) {
        super(message);
    }
}
