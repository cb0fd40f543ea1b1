package app.relais.catalog;

/** The catalog cannot be used; the message names the file and the line at fault. */
public class CatalogException extends RuntimeException {

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
