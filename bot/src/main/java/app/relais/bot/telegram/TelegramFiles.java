package app.relais.bot.telegram;

import app.relais.files.FileIntake;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches a user's file: {@code getFile}, then {@code GET {api-url}/file/bot{token}/{file_path}}.
 * The library's {@code downloadFile} always goes to api.telegram.org whatever URL the client was
 * given, which would leak the token to the wrong host behind a self-hosted Bot API, so the URL is
 * built here. The size is checked before downloading and again while reading, since Telegram's
 * {@code file_size} is optional.
 */
final class TelegramFiles {

    /** What the download produced: the bytes, or the reason there are none. */
    sealed interface Download permits Fetched, TooLarge {
    }

    record Fetched(byte[] content) implements Download {
    }

    record TooLarge(long size) implements Download {
    }

    private final TelegramClient client;
    private final OkHttpClient http;
    private final String fileBase;
    private final long limit;

    TelegramFiles(TelegramClient client, OkHttpClient http, TelegramProperties properties) {
        this(client, http, properties, FileIntake.MAX_BYTES);
    }

    TelegramFiles(TelegramClient client, OkHttpClient http, TelegramProperties properties, long limit) {
        this.client = client;
        this.http = http;
        this.fileBase = properties.apiBase() + "/file/bot" + properties.token() + "/";
        this.limit = limit;
    }

    Download fetch(TelegramInput.IncomingFile file) throws TelegramApiException, IOException {
        if (file.size() != null && file.size() > limit) {
            return new TooLarge(file.size());
        }
        File described = client.execute(new GetFile(file.fileId()));
        if (described.getFileSize() != null && described.getFileSize() > limit) {
            return new TooLarge(described.getFileSize());
        }
        if (described.getFilePath() == null) {
            throw new IOException("getFile returned no file_path");
        }
        Request request = new Request.Builder().url(fileBase + described.getFilePath()).get().build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("file download answered HTTP " + response.code());
            }
            try (InputStream in = response.body().byteStream()) {
                byte[] content = in.readNBytes((int) limit + 1);
                return content.length > limit ? new TooLarge(content.length) : new Fetched(content);
            }
        }
    }
}
