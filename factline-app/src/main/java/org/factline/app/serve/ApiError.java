package org.factline.app.serve;

/**
 * A request the API refuses, with the HTTP status and a message for the client that says what was wrong: which
 * parameter, and why. Written as {@code {"error": {"status": …, "message": …}}}.
 */
final class ApiError extends RuntimeException {

    private final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
