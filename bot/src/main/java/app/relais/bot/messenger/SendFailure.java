package app.relais.bot.messenger;

import java.util.Set;

/**
 * Why the Send API refused a call, sorted by what to do about it (Meta's error codes; see
 * docs/operations.md, "Messenger"):
 * <ul>
 * <li>{@link Kind#TRANSIENT}: codes 1, 2 and 1200, HTTP 5xx, timeouts and network failures. Tried
 * again with a growing pause; they count toward outage detection.</li>
 * <li>{@link Kind#RATE_LIMITED}: codes 4, 17, 32 and 613. Tried again more slowly; not an outage.</li>
 * <li>{@link Kind#REFUSED}: 551 (the person is not available), 10 with subcode 2018278 (outside the
 * window), 100 (a bad parameter, also a retired tag) and anything else: never tried again; the
 * agents are told.</li>
 * <li>{@link Kind#TOKEN}: 190 (token expired or revoked), 10 and 200-299 (a permission is
 * missing): the administrators are alerted; messages wait until the token works again.</li>
 * </ul>
 */
record SendFailure(Kind kind, int httpStatus, Integer code, Integer subcode, String description) {

    enum Kind {
        TRANSIENT, RATE_LIMITED, REFUSED, TOKEN
    }

    static final int OUTSIDE_WINDOW_SUBCODE = 2018278;
    private static final Set<Integer> TRANSIENT_CODES = Set.of(1, 2, 1200);
    private static final Set<Integer> RATE_CODES = Set.of(4, 17, 32, 613);

    static SendFailure of(int httpStatus, Integer code, Integer subcode, String description) {
        return new SendFailure(kind(httpStatus, code, subcode), httpStatus, code, subcode, description);
    }

    /** No answer at all: refused, reset, timed out. */
    static SendFailure network(Exception e) {
        return new SendFailure(Kind.TRANSIENT, 0, null, null, e.getClass().getSimpleName());
    }

    private static Kind kind(int httpStatus, Integer code, Integer subcode) {
        if (code == null) {
            return httpStatus >= 500 || httpStatus == 0 ? Kind.TRANSIENT : Kind.REFUSED;
        }
        if (code == 10 && subcode != null && subcode == OUTSIDE_WINDOW_SUBCODE) {
            return Kind.REFUSED;
        }
        if (TRANSIENT_CODES.contains(code)) {
            return Kind.TRANSIENT;
        }
        if (RATE_CODES.contains(code)) {
            return Kind.RATE_LIMITED;
        }
        if (code == 190 || code == 10 || (code >= 200 && code <= 299)) {
            return Kind.TOKEN;
        }
        if (code == 551 || code == 100) {
            return Kind.REFUSED;
        }
        return httpStatus >= 500 ? Kind.TRANSIENT : Kind.REFUSED;
    }

    boolean outsideWindow() {
        return code != null && code == 10 && subcode != null && subcode == OUTSIDE_WINDOW_SUBCODE;
    }

    /** What the team reads about a refused message (the desk speaks French). */
    String reasonKey() {
        if (code != null && code == 551) {
            return "messenger.reason.unavailable";
        }
        if (outsideWindow()) {
            return "messenger.reason.outside-window";
        }
        if (code != null && code == 100) {
            return "messenger.reason.bad-parameter";
        }
        return "messenger.reason.other";
    }

    /** For logs: the code and status, never the message's content. */
    String summary() {
        return (code == null ? "no code" : "code " + code + (subcode == null ? "" : "/" + subcode))
                + (httpStatus == 0 ? ", no answer (" + description + ")" : ", HTTP " + httpStatus);
    }
}
