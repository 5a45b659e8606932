/** The runtime's public surface, re-exported by every generated spec module. */
export * from "./auth.js";
export * from "./auth-aliyun.js";
export * from "./auth-huaweicloud.js";
export * from "./errors.js";
export * from "./http.js";
export * from "./redact.js";
export * from "./retry.js";
export * from "./validation.js";
