export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? { [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]> } : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? { [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]> } & { [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never } : T;
export interface paths {
    "/v2/{project_id}/fgs/functions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a function
         * @description Creates a new function in the given project from inline code, a ZIP/JAR package, an OBS object or an SWR container image, together with its runtime, memory, timeout and optional VPC, mount, logging and network settings. Returns the stored function configuration.
         */
        post: operations["CreateFunction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/fgs/functions/{function_urn}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a function's configuration
         * @description Replaces the metadata of an existing function (name, runtime, handler, memory, timeout, environment variables, agencies, VPC, mounts, image, hooks, logging and network settings) without touching its code. Returns the updated function configuration.
         */
        put: operations["UpdateFunctionConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/fgs/functions/{function_urn}/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a function's code
         * @description Uploads new code for an existing function, either inline (base64), as a ZIP/JAR package or from an OBS address, optionally with new dependency versions and a KMS key for code encryption. The image of a custom-image function is changed through UpdateFunctionConfig instead. Returns the function's code metadata.
         */
        put: operations["UpdateFunctionCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Runtime: Runtime;
        CreateFunctionRequestBody: CreateFunctionRequestBody;
        CreateFunctionResponseBody: CreateFunctionResponseBody;
        UpdateFunctionConfigRequestBody: UpdateFunctionConfigRequestBody;
        UpdateFunctionConfigResponseBody: UpdateFunctionConfigResponseBody;
        UpdateFunctionCodeRequestBody: UpdateFunctionCodeRequestBody;
        UpdateFunctionCodeResponseBody: UpdateFunctionCodeResponseBody;
        FuncVpc: FuncVpc;
        FuncVpcResponse: FuncVpcResponse;
        MountConfig: MountConfig;
        MountConfigResponse: MountConfigResponse;
        MountUser: MountUser;
        MountUserResponse: MountUserResponse;
        FuncMount: FuncMount;
        FuncMountResponse: FuncMountResponse;
        StrategyConfig: StrategyConfig;
        StrategyConfigResponse: StrategyConfigResponse;
        CustomImage: CustomImage;
        FuncLogConfig: FuncLogConfig;
        NetworkControlConfig: NetworkControlConfig;
        VpcConfig: VpcConfig;
        FuncCode: FuncCode;
        Dependency: Dependency;
        HuaweiErrorBody: HuaweiErrorBody;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CreateFunction: {
        parameters: {
            query?: never;
            header: {
                /** @description Media type of the request body. The page gives no value; the body is JSON. */
                "Content-Type": string;
            };
            path: {
                /** @description Project (tenant) ID; 32 letters or digits (constraint stated on page 004 only). */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": CreateFunctionRequestBody;
            };
        };
        responses: {
            /** @description The function was created; its configuration is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": CreateFunctionResponseBody;
                };
            };
            /** @description The request was malformed or carried invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description Authentication failed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description The caller lacks permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description Resource not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description The service failed internally. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description Service unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
        };
    };
    UpdateFunctionConfig: {
        parameters: {
            query?: never;
            header: {
                /** @description Media type of the request body. The page gives no value; the body is JSON. */
                "Content-Type": string;
            };
            path: {
                /** @description Project (tenant) ID; 32 letters or digits (constraint stated on page 004 only). */
                project_id: string;
                /** @description URN of the function to change. Letters, digits, "_", "-" and ":" only (character set stated on page 004 only; no page states a length). */
                function_urn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": UpdateFunctionConfigRequestBody;
            };
        };
        responses: {
            /** @description The configuration was changed; the updated configuration is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": UpdateFunctionConfigResponseBody;
                };
            };
            /** @description The request was malformed or carried invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description Authentication failed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description The caller lacks permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description Function not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description The service failed internally. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
        };
    };
    UpdateFunctionCode: {
        parameters: {
            query?: never;
            header: {
                /** @description Media type of the request body; only application/json is allowed (the mandatory flag is missing from the capture). */
                "Content-Type": "application/json";
            };
            path: {
                /** @description Project (tenant) ID; exactly 32 letters or digits. */
                project_id: string;
                /** @description URN of the function; letters, digits, "_", "-" and ":" only (no length is stated). */
                function_urn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": UpdateFunctionCodeRequestBody;
            };
        };
        responses: {
            /** @description The code was replaced; the function's code metadata is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": UpdateFunctionCodeResponseBody;
                };
            };
            /** @description The request was malformed or carried invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description Authentication failed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description The caller lacks permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description Function or function version not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
            /** @description The service failed internally. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": HuaweiErrorBody;
                };
            };
        };
    };
}
/**
 * @description Execution environment of a function. The value list is the union of the pages' lists: page 004 adds Java17, Java21, Python3.12, Node.js20.15, C#(.NET Core 6.0), C#(.NET Core 8.0), PHP8.3 and Cangjie0.52.3 to the 21 values the other pages list. "Custom" is a custom runtime, "http" an HTTP function, "Custom Image" a container-image function.
 * @enum {string}
 */
export type Runtime = "Java8" | "Java11" | "Java17" | "Java21" | "Python2.7" | "Python3.6" | "Python3.9" | "Python3.10" | "Python3.12" | "Go1.x" | "Node.js6.10" | "Node.js8.10" | "Node.js10.16" | "Node.js12.13" | "Node.js14.18" | "Node.js16.17" | "Node.js18.15" | "Node.js20.15" | "C#(.NET Core 2.1)" | "C#(.NET Core 3.1)" | "C#(.NET Core 6.0)" | "C#(.NET Core 8.0)" | "Custom" | "PHP7.3" | "PHP8.3" | "Cangjie1.0" | "Cangjie0.52.3" | "http" | "Custom Image";
/** @description Definition of the function to create. */
export type CreateFunctionRequestBody = {
    /** @description Function name: 1-60 characters from letters, digits, "_" and "-", starting with a letter and ending with a letter or digit. */
    func_name: string;
    /** @description User-defined group ("package") the function is filed under. */
    package: string;
    /** @description Execution environment of the function. */
    runtime: Runtime;
    /**
     * Format: int32
     * @description Maximum execution time in seconds; the function is killed when it is exceeded.
     */
    timeout: number;
    /** @description Entry point in the form "file.function" (must contain a "."), e.g. "myfunction.handler" for myfunction.js; custom-image functions use "-". At most 128 characters. */
    handler: string;
    /** @description IDs of the dependency package versions to attach. */
    depend_version_list?: string[];
    /** @description VPC access settings; the function also needs an agency with VPC permissions. */
    func_vpc?: FuncVpc;
    /**
     * Format: int32
     * @description Memory in MB; one of the listed sizes between 128 and 4096.
     * @enum {integer}
     */
    memory_size: 128 | 256 | 512 | 768 | 1024 | 1280 | 1536 | 1792 | 2048 | 2560 | 3072 | 3584 | 4096;
    /**
     * Format: int32
     * @description GPU memory in MB, a multiple of 1024 from 1024 to 16384; only for custom runtime and custom-image functions (the page names one region, East China-Shanghai1, as the only one supporting it).
     * @enum {integer}
     */
    gpu_memory?: 1024 | 2048 | 3072 | 4096 | 5120 | 6144 | 7168 | 8192 | 9216 | 10240 | 11264 | 12288 | 13312 | 14336 | 15360 | 16384;
    /** @description GPU card type (same single-region restriction as gpu_memory). */
    gpu_type?: string;
    /**
     * @description Where the code comes from: "inline" (edited in the console), "zip" package, "obs" object, "jar" package (Java) or "Custom-Image-Swr" (SWR container image). Needed for every function except custom-image ones.
     * @enum {string}
     */
    code_type?: "inline" | "zip" | "obs" | "jar" | "Custom-Image-Swr";
    /** @description OBS address of the code package when code_type is "obs"; empty otherwise. */
    code_url?: string;
    /** @description Name of the uploaded code file; required when code_type is "zip" or "jar". */
    code_filename?: string;
    /** @description Container image settings; required when code_type is "Custom-Image-Swr". */
    custom_image?: CustomImage;
    /** @description Environment variables as name/value pairs (e.g. Host={host_ip}); at most 20 entries, 4 KB in total. */
    user_data?: string;
    /** @description Name/value pairs to be stored encrypted (e.g. a password); at most 20 entries, 4 KB in total. */
    encrypted_user_data?: string;
    /** @description Name of the IAM agency used to configure the function; needed when the function calls other cloud services (its token/AK/SK are then available through the handler's context). */
    xrole?: string;
    /** @description Separate IAM agency used at execution time; when absent the configuration agency (xrole) is used. */
    app_xrole?: string;
    /** @description Free-text description of the function. */
    description?: string;
    /** @description The function code itself (page 002 prints no FuncCode table). */
    func_code?: FuncCode;
    /** @description File-system mounts of the function. */
    mount_config?: MountConfig;
    /** @description Initializer entry point, "file.function" (must contain a "."), e.g. "myfunction.initializer"; setting it makes initializer_timeout mandatory. */
    initializer_handler?: string;
    /**
     * Format: int32
     * @description Maximum initializer run time in seconds; mandatory when an initializer is configured.
     */
    initializer_timeout?: number;
    /** @description Pre-stop hook entry point, "file.function" (must contain a "."). */
    pre_stop_handler?: string;
    /**
     * Format: int32
     * @description Maximum pre-stop hook run time in seconds (the page labels it an initialization timeout).
     */
    pre_stop_timeout?: number;
    /** @description Enterprise project ID; enterprise users must supply it. */
    enterprise_project_id?: string;
    /**
     * @description Function generation; "v1" is the deprecated generation and the only one some sites support.
     * @default v2
     * @enum {string}
     */
    type?: "v1" | "v2";
    /** @description LTS log group/stream the function writes to. */
    log_config?: FuncLogConfig;
    /** @description Network access restrictions of the function. */
    network_controller?: NetworkControlConfig;
    /** @description Set to true to make the function stateful (v2 functions only). */
    is_stateful_function?: boolean;
    /** @description Whether dynamic memory allocation is switched on. */
    enable_dynamic_memory?: boolean;
};
/** @description Configuration of the newly created function. */
export type CreateFunctionResponseBody = {
    /** @description Unique function ID. */
    func_id?: string;
    /** @description Function URN (Uniform Resource Name), unique per function. */
    func_urn?: string;
    /** @description Name of the function. */
    func_name?: string;
    /** @description Account ("domain") ID. */
    domain_id?: string;
    /** @description Project ID of the tenant. */
    namespace?: string;
    /** @description Project name of the tenant. */
    project_name?: string;
    /** @description User-defined group the function belongs to. */
    package?: string;
    /** @description Execution environment of the function. */
    runtime?: Runtime;
    /**
     * Format: int32
     * @description Maximum execution time in seconds.
     */
    timeout?: number;
    /** @description Entry point, normally "file.function". Accepted without the "." and minimum-length rules in responses. */
    handler?: string;
    /**
     * Format: int32
     * @description Memory in MB.
     * @enum {integer}
     */
    memory_size?: 128 | 256 | 512 | 768 | 1024 | 1280 | 1536 | 1792 | 2048 | 2560 | 3072 | 3584 | 4096;
    /**
     * Format: int32
     * @description GPU memory in MB (custom runtime and custom-image functions only).
     * @enum {integer}
     */
    gpu_memory?: 1024 | 2048 | 3072 | 4096 | 5120 | 6144 | 7168 | 8192 | 9216 | 10240 | 11264 | 12288 | 13312 | 14336 | 15360 | 16384;
    /**
     * Format: int32
     * @description CPU share in millicores (1000 = one core), proportional to memory_size; the page states 100 millicores per 128 MB by default.
     */
    cpu?: number;
    /**
     * @description Where the code comes from.
     * @enum {string}
     */
    code_type?: "inline" | "zip" | "obs" | "jar" | "Custom-Image-Swr";
    /** @description OBS address of the code package when code_type is "obs". */
    code_url?: string;
    /** @description Name of the code file (for "zip" and "jar" code). */
    code_filename?: string;
    /**
     * Format: int64
     * @description Size of the code package, in bytes.
     */
    code_size?: number;
    /** @description Private domain names the function must be able to resolve. */
    domain_names?: string;
    /** @description Environment variables as name/value pairs (at most 20, 4 KB in total). */
    user_data?: string;
    /** @description Encrypted name/value pairs. */
    encrypted_user_data?: string;
    /** @description SHA-512 hash of the code, used to detect changes. */
    digest?: string;
    /** @description Function version (e.g. "latest"). */
    version?: string;
    /** @description Internal identifier of the function version. */
    image_name?: string;
    /** @description IAM agency used by the function. */
    xrole?: string;
    /** @description IAM agency used by the function at execution time. */
    app_xrole?: string;
    /** @description Free-text description of the function. */
    description?: string;
    /** @description Time of the last update, e.g. "2019-10-25 15:37:27" (not RFC 3339). */
    last_modified?: string;
    /** @description VPC access settings. */
    func_vpc?: FuncVpcResponse;
    /** @description File-system mounts. */
    mount_config?: MountConfigResponse;
    /**
     * Format: int32
     * @description Number of reserved instances.
     */
    reserved_instance_count?: number;
    /** @description IDs of the attached dependency packages. */
    depend_list?: string[];
    /** @description IDs of the attached dependency package versions. */
    depend_version_list?: string[];
    /** @description Instance and concurrency limits. */
    strategy_config?: StrategyConfigResponse;
    /** @description Additional configuration, as an opaque string. */
    extend_config?: string;
    /** @description Dependency packages attached to the function. */
    dependencies?: Dependency[];
    /** @description Initializer entry point, "file.function". */
    initializer_handler?: string;
    /**
     * Format: int32
     * @description Maximum initializer run time in seconds.
     */
    initializer_timeout?: number;
    /** @description Pre-stop hook entry point, "file.function". */
    pre_stop_handler?: string;
    /**
     * Format: int32
     * @description Maximum pre-stop hook run time in seconds.
     */
    pre_stop_timeout?: number;
    /** @description Enterprise project ID. */
    enterprise_project_id?: string;
    /** @description Whether long timeouts may be configured. */
    long_time?: boolean;
    /** @description ID of the custom log group. */
    log_group_id?: string;
    /** @description ID of the custom log stream. */
    log_stream_id?: string;
    /**
     * @description Function generation; "v2" is current, "v1" deprecated.
     * @enum {string}
     */
    type?: "v1" | "v2";
    /**
     * @deprecated
     * @description Former CloudDebug switch; no longer used.
     */
    enable_cloud_debug?: string;
    /** @description Whether dynamic memory allocation is on. */
    enable_dynamic_memory?: boolean;
    /** @description Whether the function is stateful (v2 only). */
    is_stateful_function?: boolean;
    /** @description Container image settings. */
    custom_image?: CustomImage;
    /** @description Whether this is a bridge function. */
    is_bridge_function?: boolean;
    /** @description Whether APIG routing rules are pushed down to the function. */
    apig_route_enable?: boolean;
    /** @description Heartbeat entry point, "file.function" in the same file as the handler; Java only, mandatory when the heartbeat feature is on. */
    heartbeat_handler?: string;
    /** @description Class-isolation switch (Java only; enables Kafka dumping and faster class loading, may break compatibility). */
    enable_class_isolation?: boolean;
    /** @description GPU card type. */
    gpu_type?: string;
    /** @description Whether ephemeral storage may be configured. */
    allow_ephemeral_storage?: boolean;
    /**
     * Format: int32
     * @description Size in MB of the function's /tmp space, 512 by default, up to 10240 (value list from page 000).
     * @enum {integer}
     */
    ephemeral_storage?: 512 | 10240;
    /** @description Network access restrictions. */
    network_controller?: NetworkControlConfig;
    /** @description Resource ID. */
    resource_id?: string;
    /**
     * @deprecated
     * @description Former streaming-response switch; no longer used.
     */
    is_return_stream?: boolean;
    /** @description Whether authentication data may be put in request headers (custom-image functions only; not changeable at creation). */
    enable_auth_in_header?: boolean;
};
/** @description New configuration of the function. Page 000 lost its mandatory column; the required list is taken from page 001, and the fields page 001 does not know are optional. */
export type UpdateFunctionConfigRequestBody = {
    /** @description Name of the function. */
    func_name: string;
    /** @description Execution environment of the function. */
    runtime: Runtime;
    /**
     * Format: int32
     * @description Maximum execution time in seconds; the function is killed when it is exceeded.
     */
    timeout: number;
    /** @description Entry point in the form "file.function" (must contain a "."), e.g. "myfunction.handler" for myfunction.js; custom-image functions use "-". At most 128 characters. */
    handler: string;
    /**
     * Format: int32
     * @description Memory in MB; one of the listed sizes between 128 and 4096.
     * @enum {integer}
     */
    memory_size: 128 | 256 | 512 | 768 | 1024 | 1280 | 1536 | 1792 | 2048 | 2560 | 3072 | 3584 | 4096;
    /**
     * Format: int32
     * @description GPU memory in MB, a multiple of 1024 from 1024 to 16384; only for custom runtime and custom-image functions (one region only, East China-Shanghai1).
     * @enum {integer}
     */
    gpu_memory?: 1024 | 2048 | 3072 | 4096 | 5120 | 6144 | 7168 | 8192 | 9216 | 10240 | 11264 | 12288 | 13312 | 14336 | 15360 | 16384;
    /** @description GPU card type (same single-region restriction as gpu_memory). */
    gpu_type?: string;
    /** @description Environment variables as name/value pairs (e.g. Host={host_ip}); at most 20 entries, 4 KB in total. */
    user_data?: string;
    /** @description Name/value pairs to be stored encrypted (no size limit stated on this page). */
    encrypted_user_data?: string;
    /** @description Name of the IAM agency used to configure the function; needed when the function calls other cloud services (its token/AK/SK are then available through the handler's context). */
    xrole?: string;
    /** @description Separate IAM agency used at execution time; when absent the configuration agency (xrole) is used. */
    app_xrole?: string;
    /** @description Free-text description of the function. */
    description?: string;
    /** @description VPC access settings; the function also needs an agency with VPC permissions. */
    func_vpc?: FuncVpc;
    /** @description File-system mounts of the function. */
    mount_config?: MountConfig;
    /** @description Instance and concurrency limits. */
    strategy_config?: StrategyConfig;
    /** @description Container image settings. */
    custom_image?: CustomImage;
    /** @description Additional configuration, as an opaque string. */
    extend_config?: string;
    /** @description Initializer entry point, "file.function" (must contain a "."), e.g. "myfunction.initializer"; setting it makes initializer_timeout mandatory. */
    initializer_handler?: string;
    /**
     * Format: int32
     * @description Maximum initializer run time in seconds; mandatory when an initializer is configured.
     */
    initializer_timeout?: number;
    /** @description Pre-stop hook entry point, "file.function" (must contain a "."). */
    pre_stop_handler?: string;
    /**
     * Format: int32
     * @description Maximum pre-stop hook run time in seconds (the page labels it an initialization timeout).
     */
    pre_stop_timeout?: number;
    /**
     * Format: int32
     * @description Size in MB of the function's /tmp space; 512 by default, 10240 at most.
     * @enum {integer}
     */
    ephemeral_storage?: 512 | 10240;
    /** @description Enterprise project ID; enterprise users must supply it. */
    enterprise_project_id?: string;
    /** @description LTS log group/stream the function writes to. */
    log_config?: FuncLogConfig;
    /** @description Network access restrictions of the function. */
    network_controller?: NetworkControlConfig;
    /** @description Set to true to make the function stateful (v2 functions only). */
    is_stateful_function?: boolean;
    /** @description Whether dynamic memory allocation is switched on. */
    enable_dynamic_memory?: boolean;
    /** @description Whether authentication data may be put in request headers. */
    enable_auth_in_header?: boolean;
    /** @description Private domain names the function must be able to resolve. */
    domain_names?: string;
    /** @description Restore-hook entry point for snapshot-based cold start (Java only), "xx.xx" with a ".", e.g. "com.xxx.demo.Test.restoreHook". */
    restore_hook_handler?: string;
    /**
     * Format: int32
     * @description Maximum restore-hook run time in seconds.
     */
    restore_hook_timeout?: number;
    /** @description Heartbeat entry point, "file.function" in the same file as the handler; Java only, mandatory when the heartbeat feature is on. */
    heartbeat_handler?: string;
    /** @description Class-isolation switch (Java only; enables Kafka dumping and faster class loading, may break compatibility). */
    enable_class_isolation?: boolean;
    /** @description VPC peering CIDR blocks used by the code, checked against the service's own ranges; up to 5 blocks separated by ";". */
    peering_cidr?: string;
    /** @description Custom tags attached to the logs the function reports to LTS, usable as log filters. */
    lts_custom_tag?: {
        [key: string]: string;
    };
};
/** @description Function configuration after the change. */
export type UpdateFunctionConfigResponseBody = {
    /** @description Unique function ID. */
    func_id?: string;
    /** @description Resource ID of the function. */
    resource_id?: string;
    /** @description Function URN (Uniform Resource Name), unique per function. */
    func_urn?: string;
    /** @description Name of the function. */
    func_name?: string;
    /** @description Account ("domain") ID. */
    domain_id?: string;
    /** @description Project ID of the tenant. */
    namespace?: string;
    /** @description Project name of the tenant. */
    project_name?: string;
    /** @description User-defined group the function belongs to. */
    package?: string;
    /** @description Execution environment of the function. */
    runtime?: Runtime;
    /**
     * Format: int32
     * @description Maximum execution time in seconds.
     */
    timeout?: number;
    /** @description Entry point, normally "file.function". Accepted without the "." and minimum-length rules in responses. */
    handler?: string;
    /**
     * Format: int32
     * @description Memory in MB.
     * @enum {integer}
     */
    memory_size?: 128 | 256 | 512 | 768 | 1024 | 1280 | 1536 | 1792 | 2048 | 2560 | 3072 | 3584 | 4096;
    /**
     * Format: int32
     * @description GPU memory in MB (custom runtime and custom-image functions only).
     * @enum {integer}
     */
    gpu_memory?: 1024 | 2048 | 3072 | 4096 | 5120 | 6144 | 7168 | 8192 | 9216 | 10240 | 11264 | 12288 | 13312 | 14336 | 15360 | 16384;
    /**
     * Format: int32
     * @description CPU share in millicores (1000 = one core), proportional to memory_size; the page states 100 millicores per 128 MB by default.
     */
    cpu?: number;
    /**
     * @description Where the code comes from.
     * @enum {string}
     */
    code_type?: "inline" | "zip" | "obs" | "jar" | "Custom-Image-Swr";
    /** @description OBS address of the code package when code_type is "obs". */
    code_url?: string;
    /** @description Name of the code file (for "zip" and "jar" code). */
    code_filename?: string;
    /**
     * Format: int64
     * @description Size of the code package, in bytes.
     */
    code_size?: number;
    /** @description Environment variables as name/value pairs (at most 20, 4 KB in total). */
    user_data?: string;
    /** @description Encrypted name/value pairs. */
    encrypted_user_data?: string;
    /** @description SHA-512 hash of the code, used to detect changes. */
    digest?: string;
    /** @description Function version. The page calls it system-generated in the form "vYYYYMMDD-HHMMSS", yet its example returns "latest"; no pattern is enforced. */
    version?: string;
    /** @description Internal identifier of the function version. */
    image_name?: string;
    /** @description IAM agency used to configure the function. */
    xrole?: string;
    /** @description IAM agency used by the function at execution time. */
    app_xrole?: string;
    /** @description Free-text description of the function. */
    description?: string;
    /** @description Time of the last update, e.g. "2019-10-25 15:37:27" (not RFC 3339). */
    last_modified?: string;
    /**
     * Format: int32
     * @description Size in MB of the function's /tmp space.
     * @enum {integer}
     */
    ephemeral_storage?: 512 | 10240;
    /** @description VPC access settings. */
    func_vpc?: FuncVpcResponse;
    /** @description File-system mounts. */
    mount_config?: MountConfigResponse;
    /** @description Instance and concurrency limits. */
    strategy_config?: StrategyConfigResponse;
    /** @description Dependency packages attached to the function. */
    dependencies?: Dependency[];
    /** @description Initializer entry point, "file.function". */
    initializer_handler?: string;
    /**
     * Format: int32
     * @description Maximum initializer run time in seconds.
     */
    initializer_timeout?: number;
    /** @description Pre-stop hook entry point, "file.function". */
    pre_stop_handler?: string;
    /**
     * Format: int32
     * @description Maximum pre-stop hook run time in seconds.
     */
    pre_stop_timeout?: number;
    /** @description Enterprise project ID. */
    enterprise_project_id?: string;
    /** @description Whether long timeouts may be configured. */
    long_time?: boolean;
    /** @description ID of the custom log group. */
    log_group_id?: string;
    /** @description ID of the custom log stream. */
    log_stream_id?: string;
    /**
     * @description Function generation; "v2" is current, "v1" deprecated.
     * @enum {string}
     */
    type?: "v1" | "v2";
    /**
     * @deprecated
     * @description Former CloudDebug switch; no longer used.
     */
    enable_cloud_debug?: string;
    /** @description Whether dynamic memory allocation is on. */
    enable_dynamic_memory?: boolean;
    /** @description Whether authentication data may be put in request headers. The page lists this field twice, once limited to custom-image functions. */
    enable_auth_in_header?: boolean;
    /** @description Whether the function is stateful (v2 only). */
    is_stateful_function?: boolean;
    /** @description Private domain names the function must be able to resolve. */
    domain_names?: string;
    /** @description Container image settings. */
    custom_image?: CustomImage;
    /**
     * @deprecated
     * @description Former streaming-response switch; no longer used.
     */
    is_return_stream?: boolean;
    /** @description VPC peering CIDR blocks used by the code; up to 5 blocks separated by ";". */
    peering_cidr?: string;
    /** @description Custom tags attached to the function's logs in LTS. */
    lts_custom_tag?: {
        [key: string]: string;
    };
};
/** @description New code of the function. The capture lost the mandatory column; only code_type is required, as in the vendor SDK models. */
export type UpdateFunctionCodeRequestBody = {
    /**
     * @description Where the new code comes from: "inline" (console-edited code), "zip" package, "obs" object or "jar" package (Java). Custom-image functions change their image through UpdateFunctionConfig.
     * @enum {string}
     */
    code_type: "inline" | "zip" | "obs" | "jar";
    /** @description OBS address of the code package when code_type is "obs"; empty otherwise. */
    code_url?: string;
    /** @description Name of the code file; required when code_type is "zip" or "jar". */
    code_filename?: string;
    /** @description The code itself (base64). */
    func_code?: FuncCode;
    /** @description IDs of the dependency package versions to attach. */
    depend_version_list?: string[];
    /** @description ID of the KMS master key used to encrypt the code. */
    code_encrypt_kms_key_id?: string;
};
/** @description Code metadata of the function after the change. */
export type UpdateFunctionCodeResponseBody = {
    /** @description Function URN (Uniform Resource Name), unique per function. */
    func_urn?: string;
    /** @description Name of the function. */
    func_name?: string;
    /** @description Account ("domain") ID. */
    domain_id?: string;
    /** @description Execution environment of the function. */
    runtime?: Runtime;
    /**
     * @description Where the code comes from.
     * @enum {string}
     */
    code_type?: "inline" | "zip" | "obs" | "jar" | "Custom-Image-Swr";
    /** @description OBS address of the code package when code_type is "obs". */
    code_url?: string;
    /** @description Name of the code file (for "zip" and "jar" code). */
    code_filename?: string;
    /**
     * Format: int64
     * @description Size of the code package, in bytes.
     */
    code_size?: number;
    /** @description SHA-512 hash of the code, used to detect changes. */
    digest?: string;
    /** @description Time of the last update, e.g. "2019-10-31 11:37:58" (not RFC 3339). */
    last_modified?: string;
    /** @description The stored code. */
    func_code?: FuncCode;
    /** @description IDs of the attached dependency packages. */
    depend_list?: string[];
    /** @description IDs of the attached dependency package versions. */
    depend_version_list?: string[];
    /** @description Instance and concurrency limits. */
    strategy_config?: StrategyConfigResponse;
    /**
     * Format: int32
     * @description Function state; the page names 0 (enabled) and 1 (disabled) as the common values, so the list is not treated as closed.
     */
    status?: number;
    /** @description Dependency packages attached to the function (the page's text for this row repeats the status row). */
    dependencies?: Dependency[];
    /** @description ID of the KMS master key used to encrypt the code. */
    code_encrypt_kms_key_id?: string;
};
/** @description VPC the function is attached to (request shape). */
export type FuncVpc = {
    /** @description Account ("domain") ID. */
    domain_id?: string;
    /** @description Project ID of the tenant. */
    namespace?: string;
    /** @description Name of the VPC. */
    vpc_name?: string;
    /** @description ID of the VPC. */
    vpc_id: string;
    /** @description Name of the subnet. */
    subnet_name?: string;
    /** @description ID of the subnet. */
    subnet_id: string;
    /** @description Subnet mask (CIDR). */
    cidr?: string;
    /** @description Gateway address. */
    gateway?: string;
    /** @description Security groups. */
    security_groups?: string[];
};
/** @description VPC the function is attached to (response shape; no mandatory fields). */
export type FuncVpcResponse = {
    /** @description Account ("domain") ID. */
    domain_id?: string;
    /** @description Project ID of the tenant. */
    namespace?: string;
    /** @description Name of the VPC. */
    vpc_name?: string;
    /** @description ID of the VPC. */
    vpc_id?: string;
    /** @description Name of the subnet. */
    subnet_name?: string;
    /** @description ID of the subnet. */
    subnet_id?: string;
    /** @description Subnet mask (CIDR). */
    cidr?: string;
    /** @description Gateway address. */
    gateway?: string;
    /** @description Security groups. */
    security_groups?: string[];
};
/** @description File-system mounts of a function (request shape). */
export type MountConfig = {
    /** @description Identity used to access the mounted file systems. */
    mount_user: MountUser;
    /** @description The mounts. */
    func_mounts: FuncMount[];
};
/** @description File-system mounts of a function (response shape). */
export type MountConfigResponse = {
    /** @description Identity used to access the mounted file systems. */
    mount_user?: MountUserResponse;
    /** @description The mounts. */
    func_mounts?: FuncMountResponse[];
};
/** @description User and group the mounts are accessed as (request shape). Typed String on the pages but sent as JSON numbers in every example, so both are accepted. */
export type MountUser = {
    /** @description User ID, a non-zero integer from -1 to 65534 (as a number or a decimal string). */
    user_id: string | number;
    /** @description Group ID, a non-zero integer from -1 to 65534 (as a number or a decimal string). */
    user_group_id: string | number;
};
/** @description User and group the mounts are accessed as (response shape; number or string accepted). */
export type MountUserResponse = {
    /** @description User ID, a non-zero integer from -1 to 65534. */
    user_id?: string | number;
    /** @description Group ID, a non-zero integer from -1 to 65534. */
    user_group_id?: string | number;
};
/** @description One file-system mount (request shape). */
export type FuncMount = {
    /**
     * @description Kind of storage mounted.
     * @enum {string}
     */
    mount_type: "sfs" | "sfsTurbo" | "ecs";
    /** @description ID of the mounted cloud resource. */
    mount_resource: string;
    /** @description Remote path to mount, e.g. "192.168.0.12:/data"; mandatory when mount_type is "ecs". */
    mount_share_path?: string;
    /** @description Path under which the function sees the mount. */
    local_mount_path: string;
};
/** @description One file-system mount (response shape). */
export type FuncMountResponse = {
    /**
     * @description Kind of storage mounted.
     * @enum {string}
     */
    mount_type?: "sfs" | "sfsTurbo" | "ecs";
    /** @description ID of the mounted cloud resource. */
    mount_resource?: string;
    /** @description Remote path that is mounted (for "ecs" mounts). */
    mount_share_path?: string;
    /** @description Path under which the function sees the mount. */
    local_mount_path?: string;
};
/** @description Instance and concurrency limits of a function (request shape). Both fields are mandatory per page 001; page 000 lost the column. */
export type StrategyConfig = {
    /**
     * Format: int32
     * @description Maximum number of instances: -1 means unlimited and 0 disables the function; v1 functions only allow 0 and -1, v2 functions -1 to 1000.
     */
    concurrency: number;
    /**
     * Format: int32
     * @description Concurrent requests per instance, 1 to 1000 (v2 only).
     */
    concurrent_num: number;
};
/** @description Instance and concurrency limits of a function (response shape; no mandatory fields). */
export type StrategyConfigResponse = {
    /**
     * Format: int32
     * @description Maximum number of instances: -1 means unlimited and 0 disables the function; v1 functions only allow 0 and -1, v2 functions -1 to 1000.
     */
    concurrency?: number;
    /**
     * Format: int32
     * @description Concurrent requests per instance, 1 to 1000 (v2 only).
     */
    concurrent_num?: number;
};
/** @description Container image a function runs from (request and response tables are identical). */
export type CustomImage = {
    /** @description Whether the container image is used. */
    enabled?: boolean;
    /** @description Address (reference) of the container image. */
    image?: string;
    /** @description Command that starts the container. */
    command?: string;
    /** @description Command-line arguments for the start command. */
    args?: string;
    /** @description Working directory inside the container. */
    working_dir?: string;
    /** @description User ID the container runs as. */
    uid?: string;
    /** @description Group ID the container runs as. */
    gid?: string;
};
/** @description LTS log group and stream bound to a function. */
export type FuncLogConfig = {
    /** @description Log group name. */
    group_name?: string;
    /** @description ID of the log group. */
    group_id?: string;
    /** @description Log stream name. */
    stream_name?: string;
    /** @description ID of the log stream. */
    stream_id?: string;
};
/** @description Network access restrictions of a function (request and response tables are identical). */
export type NetworkControlConfig = {
    /** @description Whether public network access is switched off. */
    disable_public_network?: boolean;
    /** @description VPCs from which the function may be triggered. */
    trigger_access_vpcs?: VpcConfig[];
};
/** @description A VPC allowed to trigger the function (page 002 uses this model without printing its table). */
export type VpcConfig = {
    /** @description Name of the VPC. */
    vpc_name?: string;
    /** @description ID of the VPC. */
    vpc_id?: string;
};
/** @description Function code (request and response tables of page 004 are identical; page 002 uses the model without a table). */
export type FuncCode = {
    /** @description Base64-encoded code; when empty the default code is used. */
    file?: string;
    /** @description OBS link to the code. */
    link?: string;
};
/** @description A dependency package attached to a function. */
export type Dependency = {
    /** @description ID of the dependency package version. */
    id?: string;
    /** @description Account ("domain") ID of the package owner. */
    owner?: string;
    /** @description OBS link to the package. */
    link?: string;
    /** @description Runtime the package is built for. */
    runtime?: Runtime;
    /** @description MD5 of the package. */
    etag?: string;
    /**
     * Format: int64
     * @description Package size.
     */
    size?: number;
    /** @description Package name. */
    name?: string;
    /** @description Package description. */
    description?: string;
    /** @description File name of the package (for packages uploaded as ZIP). */
    file_name?: string;
    /**
     * Format: int64
     * @description Version number of the package.
     */
    version?: number;
    /** @description ID of the dependency package. */
    dep_id?: string;
    /**
     * Format: int32
     * @description Time of the last update (typed Integer here, String on the function model).
     */
    last_modified?: number;
};
/** @description Error body returned with every 4xx/5xx status. */
export type HuaweiErrorBody = {
    /** @description Error code, e.g. "FSS.0400". */
    error_code?: string;
    /** @description Human-readable error text. */
    error_msg?: string;
};
/** Every value {@link Runtime} may take, in the order the spec lists them. */
export declare const RuntimeValues: readonly ["Java8", "Java11", "Java17", "Java21", "Python2.7", "Python3.6", "Python3.9", "Python3.10", "Python3.12", "Go1.x", "Node.js6.10", "Node.js8.10", "Node.js10.16", "Node.js12.13", "Node.js14.18", "Node.js16.17", "Node.js18.15", "Node.js20.15", "C#(.NET Core 2.1)", "C#(.NET Core 3.1)", "C#(.NET Core 6.0)", "C#(.NET Core 8.0)", "Custom", "PHP7.3", "PHP8.3", "Cangjie1.0", "Cangjie0.52.3", "http", "Custom Image"];
/** One of {@link CreateFunctionRequestBodyMemorySizeValues}. */
export type CreateFunctionRequestBodyMemorySize = (typeof CreateFunctionRequestBodyMemorySizeValues)[number];
/** Every value {@link CreateFunctionRequestBodyMemorySize} may take, in the order the spec lists them. */
export declare const CreateFunctionRequestBodyMemorySizeValues: readonly [128, 256, 512, 768, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096];
/** One of {@link CreateFunctionRequestBodyGpuMemoryValues}. */
export type CreateFunctionRequestBodyGpuMemory = (typeof CreateFunctionRequestBodyGpuMemoryValues)[number];
/** Every value {@link CreateFunctionRequestBodyGpuMemory} may take, in the order the spec lists them. */
export declare const CreateFunctionRequestBodyGpuMemoryValues: readonly [1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192, 9216, 10240, 11264, 12288, 13312, 14336, 15360, 16384];
/** One of {@link CreateFunctionRequestBodyCodeTypeValues}. */
export type CreateFunctionRequestBodyCodeType = (typeof CreateFunctionRequestBodyCodeTypeValues)[number];
/** Every value {@link CreateFunctionRequestBodyCodeType} may take, in the order the spec lists them. */
export declare const CreateFunctionRequestBodyCodeTypeValues: readonly ["inline", "zip", "obs", "jar", "Custom-Image-Swr"];
/** One of {@link CreateFunctionRequestBodyTypeValues}. */
export type CreateFunctionRequestBodyType = (typeof CreateFunctionRequestBodyTypeValues)[number];
/** Every value {@link CreateFunctionRequestBodyType} may take, in the order the spec lists them. */
export declare const CreateFunctionRequestBodyTypeValues: readonly ["v1", "v2"];
/** One of {@link CreateFunctionResponseBodyMemorySizeValues}. */
export type CreateFunctionResponseBodyMemorySize = (typeof CreateFunctionResponseBodyMemorySizeValues)[number];
/** Every value {@link CreateFunctionResponseBodyMemorySize} may take, in the order the spec lists them. */
export declare const CreateFunctionResponseBodyMemorySizeValues: readonly [128, 256, 512, 768, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096];
/** One of {@link CreateFunctionResponseBodyGpuMemoryValues}. */
export type CreateFunctionResponseBodyGpuMemory = (typeof CreateFunctionResponseBodyGpuMemoryValues)[number];
/** Every value {@link CreateFunctionResponseBodyGpuMemory} may take, in the order the spec lists them. */
export declare const CreateFunctionResponseBodyGpuMemoryValues: readonly [1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192, 9216, 10240, 11264, 12288, 13312, 14336, 15360, 16384];
/** One of {@link CreateFunctionResponseBodyCodeTypeValues}. */
export type CreateFunctionResponseBodyCodeType = (typeof CreateFunctionResponseBodyCodeTypeValues)[number];
/** Every value {@link CreateFunctionResponseBodyCodeType} may take, in the order the spec lists them. */
export declare const CreateFunctionResponseBodyCodeTypeValues: readonly ["inline", "zip", "obs", "jar", "Custom-Image-Swr"];
/** One of {@link CreateFunctionResponseBodyTypeValues}. */
export type CreateFunctionResponseBodyType = (typeof CreateFunctionResponseBodyTypeValues)[number];
/** Every value {@link CreateFunctionResponseBodyType} may take, in the order the spec lists them. */
export declare const CreateFunctionResponseBodyTypeValues: readonly ["v1", "v2"];
/** One of {@link CreateFunctionResponseBodyEphemeralStorageValues}. */
export type CreateFunctionResponseBodyEphemeralStorage = (typeof CreateFunctionResponseBodyEphemeralStorageValues)[number];
/** Every value {@link CreateFunctionResponseBodyEphemeralStorage} may take, in the order the spec lists them. */
export declare const CreateFunctionResponseBodyEphemeralStorageValues: readonly [512, 10240];
/** One of {@link UpdateFunctionConfigRequestBodyMemorySizeValues}. */
export type UpdateFunctionConfigRequestBodyMemorySize = (typeof UpdateFunctionConfigRequestBodyMemorySizeValues)[number];
/** Every value {@link UpdateFunctionConfigRequestBodyMemorySize} may take, in the order the spec lists them. */
export declare const UpdateFunctionConfigRequestBodyMemorySizeValues: readonly [128, 256, 512, 768, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096];
/** One of {@link UpdateFunctionConfigRequestBodyGpuMemoryValues}. */
export type UpdateFunctionConfigRequestBodyGpuMemory = (typeof UpdateFunctionConfigRequestBodyGpuMemoryValues)[number];
/** Every value {@link UpdateFunctionConfigRequestBodyGpuMemory} may take, in the order the spec lists them. */
export declare const UpdateFunctionConfigRequestBodyGpuMemoryValues: readonly [1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192, 9216, 10240, 11264, 12288, 13312, 14336, 15360, 16384];
/** One of {@link UpdateFunctionConfigRequestBodyEphemeralStorageValues}. */
export type UpdateFunctionConfigRequestBodyEphemeralStorage = (typeof UpdateFunctionConfigRequestBodyEphemeralStorageValues)[number];
/** Every value {@link UpdateFunctionConfigRequestBodyEphemeralStorage} may take, in the order the spec lists them. */
export declare const UpdateFunctionConfigRequestBodyEphemeralStorageValues: readonly [512, 10240];
/** One of {@link UpdateFunctionConfigResponseBodyMemorySizeValues}. */
export type UpdateFunctionConfigResponseBodyMemorySize = (typeof UpdateFunctionConfigResponseBodyMemorySizeValues)[number];
/** Every value {@link UpdateFunctionConfigResponseBodyMemorySize} may take, in the order the spec lists them. */
export declare const UpdateFunctionConfigResponseBodyMemorySizeValues: readonly [128, 256, 512, 768, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096];
/** One of {@link UpdateFunctionConfigResponseBodyGpuMemoryValues}. */
export type UpdateFunctionConfigResponseBodyGpuMemory = (typeof UpdateFunctionConfigResponseBodyGpuMemoryValues)[number];
/** Every value {@link UpdateFunctionConfigResponseBodyGpuMemory} may take, in the order the spec lists them. */
export declare const UpdateFunctionConfigResponseBodyGpuMemoryValues: readonly [1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192, 9216, 10240, 11264, 12288, 13312, 14336, 15360, 16384];
/** One of {@link UpdateFunctionConfigResponseBodyCodeTypeValues}. */
export type UpdateFunctionConfigResponseBodyCodeType = (typeof UpdateFunctionConfigResponseBodyCodeTypeValues)[number];
/** Every value {@link UpdateFunctionConfigResponseBodyCodeType} may take, in the order the spec lists them. */
export declare const UpdateFunctionConfigResponseBodyCodeTypeValues: readonly ["inline", "zip", "obs", "jar", "Custom-Image-Swr"];
/** One of {@link UpdateFunctionConfigResponseBodyEphemeralStorageValues}. */
export type UpdateFunctionConfigResponseBodyEphemeralStorage = (typeof UpdateFunctionConfigResponseBodyEphemeralStorageValues)[number];
/** Every value {@link UpdateFunctionConfigResponseBodyEphemeralStorage} may take, in the order the spec lists them. */
export declare const UpdateFunctionConfigResponseBodyEphemeralStorageValues: readonly [512, 10240];
/** One of {@link UpdateFunctionConfigResponseBodyTypeValues}. */
export type UpdateFunctionConfigResponseBodyType = (typeof UpdateFunctionConfigResponseBodyTypeValues)[number];
/** Every value {@link UpdateFunctionConfigResponseBodyType} may take, in the order the spec lists them. */
export declare const UpdateFunctionConfigResponseBodyTypeValues: readonly ["v1", "v2"];
/** One of {@link UpdateFunctionCodeRequestBodyCodeTypeValues}. */
export type UpdateFunctionCodeRequestBodyCodeType = (typeof UpdateFunctionCodeRequestBodyCodeTypeValues)[number];
/** Every value {@link UpdateFunctionCodeRequestBodyCodeType} may take, in the order the spec lists them. */
export declare const UpdateFunctionCodeRequestBodyCodeTypeValues: readonly ["inline", "zip", "obs", "jar"];
/** One of {@link UpdateFunctionCodeResponseBodyCodeTypeValues}. */
export type UpdateFunctionCodeResponseBodyCodeType = (typeof UpdateFunctionCodeResponseBodyCodeTypeValues)[number];
/** Every value {@link UpdateFunctionCodeResponseBodyCodeType} may take, in the order the spec lists them. */
export declare const UpdateFunctionCodeResponseBodyCodeTypeValues: readonly ["inline", "zip", "obs", "jar", "Custom-Image-Swr"];
/** One of {@link FuncMountMountTypeValues}. */
export type FuncMountMountType = (typeof FuncMountMountTypeValues)[number];
/** Every value {@link FuncMountMountType} may take, in the order the spec lists them. */
export declare const FuncMountMountTypeValues: readonly ["sfs", "sfsTurbo", "ecs"];
/** One of {@link FuncMountResponseMountTypeValues}. */
export type FuncMountResponseMountType = (typeof FuncMountResponseMountTypeValues)[number];
/** Every value {@link FuncMountResponseMountType} may take, in the order the spec lists them. */
export declare const FuncMountResponseMountTypeValues: readonly ["sfs", "sfsTurbo", "ecs"];
/** path parameters of CreateFunction. */
export type CreateFunctionPathParams = NonNullable<paths["/v2/{project_id}/fgs/functions"]["post"]["parameters"]["path"]>;
/** header parameters of CreateFunction. */
export type CreateFunctionHeaders = NonNullable<paths["/v2/{project_id}/fgs/functions"]["post"]["parameters"]["header"]>;
/** Body of the 200 response of CreateFunction. */
export type CreateFunctionResponse200 = CreateFunctionResponseBody;
/** Body of the 400 response of CreateFunction. */
export type CreateFunctionResponse400 = HuaweiErrorBody;
/** Body of the 401 response of CreateFunction. */
export type CreateFunctionResponse401 = HuaweiErrorBody;
/** Body of the 403 response of CreateFunction. */
export type CreateFunctionResponse403 = HuaweiErrorBody;
/** Body of the 404 response of CreateFunction. */
export type CreateFunctionResponse404 = HuaweiErrorBody;
/** Body of the 500 response of CreateFunction. */
export type CreateFunctionResponse500 = HuaweiErrorBody;
/** Body of the 503 response of CreateFunction. */
export type CreateFunctionResponse503 = HuaweiErrorBody;
/** path parameters of UpdateFunctionConfig. */
export type UpdateFunctionConfigPathParams = NonNullable<paths["/v2/{project_id}/fgs/functions/{function_urn}/config"]["put"]["parameters"]["path"]>;
/** header parameters of UpdateFunctionConfig. */
export type UpdateFunctionConfigHeaders = NonNullable<paths["/v2/{project_id}/fgs/functions/{function_urn}/config"]["put"]["parameters"]["header"]>;
/** Body of the 200 response of UpdateFunctionConfig. */
export type UpdateFunctionConfigResponse200 = UpdateFunctionConfigResponseBody;
/** Body of the 400 response of UpdateFunctionConfig. */
export type UpdateFunctionConfigResponse400 = HuaweiErrorBody;
/** Body of the 401 response of UpdateFunctionConfig. */
export type UpdateFunctionConfigResponse401 = HuaweiErrorBody;
/** Body of the 403 response of UpdateFunctionConfig. */
export type UpdateFunctionConfigResponse403 = HuaweiErrorBody;
/** Body of the 404 response of UpdateFunctionConfig. */
export type UpdateFunctionConfigResponse404 = HuaweiErrorBody;
/** Body of the 500 response of UpdateFunctionConfig. */
export type UpdateFunctionConfigResponse500 = HuaweiErrorBody;
/** path parameters of UpdateFunctionCode. */
export type UpdateFunctionCodePathParams = NonNullable<paths["/v2/{project_id}/fgs/functions/{function_urn}/code"]["put"]["parameters"]["path"]>;
/** header parameters of UpdateFunctionCode. */
export type UpdateFunctionCodeHeaders = NonNullable<paths["/v2/{project_id}/fgs/functions/{function_urn}/code"]["put"]["parameters"]["header"]>;
/** One of {@link UpdateFunctionCodeHeadersContentTypeValues}. */
export type UpdateFunctionCodeHeadersContentType = (typeof UpdateFunctionCodeHeadersContentTypeValues)[number];
/** Every value {@link UpdateFunctionCodeHeadersContentType} may take, in the order the spec lists them. */
export declare const UpdateFunctionCodeHeadersContentTypeValues: readonly ["application/json"];
/** Body of the 200 response of UpdateFunctionCode. */
export type UpdateFunctionCodeResponse200 = UpdateFunctionCodeResponseBody;
/** Body of the 400 response of UpdateFunctionCode. */
export type UpdateFunctionCodeResponse400 = HuaweiErrorBody;
/** Body of the 401 response of UpdateFunctionCode. */
export type UpdateFunctionCodeResponse401 = HuaweiErrorBody;
/** Body of the 403 response of UpdateFunctionCode. */
export type UpdateFunctionCodeResponse403 = HuaweiErrorBody;
/** Body of the 404 response of UpdateFunctionCode. */
export type UpdateFunctionCodeResponse404 = HuaweiErrorBody;
/** Body of the 500 response of UpdateFunctionCode. */
export type UpdateFunctionCodeResponse500 = HuaweiErrorBody;
