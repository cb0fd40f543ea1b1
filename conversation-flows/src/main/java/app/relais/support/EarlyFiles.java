package app.relais.support;

import app.relais.engine.Turn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Files sent before the dossier asks for them: kept, and filed with the first file item later. */
final class EarlyFiles {

    static final String KEY = "pending.files";

    private EarlyFiles() {
    }

    static void keep(Turn turn, List<String> fileIds) {
        List<String> all = new ArrayList<>(take(turn.data().answer(KEY)));
        all.addAll(fileIds);
        turn.update(d -> d.withAnswer(KEY, String.join(",", all)));
    }

    static List<String> take(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }
}
