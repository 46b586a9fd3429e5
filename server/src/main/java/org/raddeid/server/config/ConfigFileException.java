package org.raddeid.server.config;

/**
 * A server config file that cannot be read or is invalid. The message names the file, the line and the setting, and
 * never quotes a secret or an API key.
 */
public final class ConfigFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    ConfigFileException(String message) {
        super(message);
    }
}
