// Generated from the server's OpenAPI document by `npm run api:types`; do not edit by hand.
/* biome-ignore-all lint: generated */
export interface paths {
    "/api/v1/analytics/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a recompute of the customer metrics
         * @description incremental: customers changed since the last run (becomes full when needed); full: every customer, model refit. alreadyQueued: a job of this mode was still waiting. Audited as analytics.recomputed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "incremental" | "full";
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alreadyQueued: boolean;
                            jobId: string | null;
                            /** @enum {string} */
                            mode: "incremental" | "full";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/reports/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 维度拆解: repeat rate and 客单价 by tier, region, product or platform
         * @description by=aovTier answers available=false until an analytics run assigned tiers. Dates are YYYY-MM-DD in the shop's time zone (default: all history); money in 分.
         */
        get: {
            parameters: {
                query: {
                    by: "aovTier" | "province" | "city" | "product" | "platform";
                    from?: string;
                    limit?: number;
                    platform?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: boolean;
                            /** @enum {string} */
                            by: "aovTier" | "province" | "city" | "product" | "platform";
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            from: string | null;
                            groups: number;
                            platform: string | null;
                            rows: {
                                aovFen: number;
                                buyers: number;
                                key: (string | number) | null;
                                label: string | null;
                                orders: number;
                                repeatBuyers: number;
                                repeatRate: number;
                                revenueFen: number;
                                revenueShare: number;
                            }[];
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            to: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/reports/churn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 流失: active, new, reactivated and churned buyers per period
         * @description churnDays: from the query, else the shop's setting, else the last analytics run's derived threshold. Dates are YYYY-MM-DD in the shop's time zone (default: all history); money in 分.
         */
        get: {
            parameters: {
                query?: {
                    churnDays?: number;
                    from?: string;
                    granularity?: "month" | "week" | "day";
                    platform?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            churnDays: number;
                            /** @enum {string} */
                            churnDaysSource: "query" | "settings" | "analyticsRun" | "derived";
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            from: string | null;
                            /** @enum {string} */
                            granularity: "month" | "week" | "day";
                            platform: string | null;
                            points: {
                                activeAtEnd: number;
                                activeAtStart: number;
                                churned: number;
                                churnedOfActiveAtStart: number;
                                churnRate: number;
                                /**
                                 * @description YYYY-MM-DD in the shop's time zone
                                 * @example 2025-03-01
                                 */
                                end: string;
                                newBuyers: number;
                                reactivated: number;
                                /**
                                 * @description YYYY-MM-DD in the shop's time zone
                                 * @example 2025-03-01
                                 */
                                start: string;
                            }[];
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            to: string | null;
                            total: {
                                activeAtEnd: number;
                                activeAtStart: number;
                                churned: number;
                                churnedOfActiveAtStart: number;
                                churnRate: number;
                                newBuyers: number;
                                reactivated: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/reports/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 同期群: retention and revenue by first-purchase month
         * @description matrix[i][k] is `metric` of cohort i in month k since its first purchase (null past the range). Dates are YYYY-MM-DD in the shop's time zone (default: all history); money in 分.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    metric?: "retention" | "activeCustomers" | "revenueFen" | "cumulativeRevenuePerCustomerFen";
                    platform?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cohorts: {
                                cells: {
                                    activeCustomers: number;
                                    cumulativeRevenuePerCustomerFen: number;
                                    monthsSince: number;
                                    retention: number;
                                    revenueFen: number;
                                }[];
                                /** @description first day of the cohort's month, YYYY-MM-DD */
                                month: string;
                                size: number;
                            }[];
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            from: string | null;
                            matrix: (number | null)[][];
                            maxMonthsSince: number;
                            /** @enum {string} */
                            metric: "retention" | "activeCustomers" | "revenueFen" | "cumulativeRevenuePerCustomerFen";
                            platform: string | null;
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            to: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/reports/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 回购间隔: distribution of days between purchases
         * @description Gaps between consecutive purchase days of a customer, both within the range; histogram of bucketDays. Dates are YYYY-MM-DD in the shop's time zone (default: all history); money in 分.
         */
        get: {
            parameters: {
                query?: {
                    bucketDays?: number;
                    from?: string;
                    platform?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bucketDays: number;
                            count: number;
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            from: string | null;
                            histogram: {
                                count: number;
                                fromDays: number;
                                toDays: number | null;
                            }[];
                            maxDays: number | null;
                            meanDays: number | null;
                            medianDays: number | null;
                            p25Days: number | null;
                            p75Days: number | null;
                            p90Days: number | null;
                            platform: string | null;
                            repeatBuyers: number;
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            to: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/reports/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reorder curves of the products most often bought again
         * @description curve[d]: share of a product's re-orders that came within d days. Dates are YYYY-MM-DD in the shop's time zone (default: all history); money in 分.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    limit?: number;
                    maxDays?: number;
                    minRepeatBuyers?: number;
                    platform?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            from: string | null;
                            maxDays: number;
                            minRepeatBuyers: number;
                            platform: string | null;
                            products: {
                                buyers: number;
                                curve: number[];
                                medianDays: number | null;
                                p25Days: number | null;
                                p75Days: number | null;
                                productId: number;
                                reorders: number;
                                repeatBuyers: number;
                                repeatRate: number;
                                title: string;
                            }[];
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            to: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/reports/repeat-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 复购率: repeat rate, new and returning buyers per period
         * @description A purchase is a distinct day (shop time zone) with a paid order. Whole-history total = GET /stats repeatRate. Dates are YYYY-MM-DD in the shop's time zone (default: all history); money in 分.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    granularity?: "month" | "week" | "day";
                    platform?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            from: string | null;
                            /** @enum {string} */
                            granularity: "month" | "week" | "day";
                            platform: string | null;
                            points: {
                                buyers: number;
                                /**
                                 * @description YYYY-MM-DD in the shop's time zone
                                 * @example 2025-03-01
                                 */
                                end: string;
                                newBuyerRevenueFen: number;
                                newBuyerRevenueShare: number;
                                newBuyers: number;
                                repeatBuyers: number;
                                repeatRate: number;
                                returningBuyerRevenueFen: number;
                                returningBuyerRevenueShare: number;
                                returningBuyers: number;
                                returningShare: number;
                                revenueFen: number;
                                /**
                                 * @description YYYY-MM-DD in the shop's time zone
                                 * @example 2025-03-01
                                 */
                                start: string;
                            }[];
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            to: string | null;
                            total: {
                                buyers: number;
                                newBuyerRevenueFen: number;
                                newBuyerRevenueShare: number;
                                newBuyers: number;
                                repeatBuyers: number;
                                repeatRate: number;
                                returningBuyerRevenueFen: number;
                                returningBuyerRevenueShare: number;
                                returningBuyers: number;
                                returningShare: number;
                                revenueFen: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/reports/traffic-cost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 流量成本: traffic cost if every order were bought vs only first orders
         * @description share: the query's, else the shop's trafficCostShare setting. Money in 分. Dates are YYYY-MM-DD in the shop's time zone (default: all history); money in 分.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    granularity?: "month" | "week" | "day";
                    platform?: string;
                    share?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            from: string | null;
                            /** @enum {string} */
                            granularity: "month" | "week" | "day";
                            platform: string | null;
                            points: {
                                acquisitionCostFen: number;
                                costIfAllPaidFen: number;
                                costPerOrderIfAllPaidFen: number;
                                effectiveCostPerOrderFen: number;
                                effectiveShare: number;
                                /**
                                 * @description YYYY-MM-DD in the shop's time zone
                                 * @example 2025-03-01
                                 */
                                end: string;
                                newCustomerOrders: number;
                                newCustomerRevenueFen: number;
                                newCustomers: number;
                                orders: number;
                                repeatRevenueFen: number;
                                revenueFen: number;
                                savedFen: number;
                                /**
                                 * @description YYYY-MM-DD in the shop's time zone
                                 * @example 2025-03-01
                                 */
                                start: string;
                            }[];
                            share: number;
                            /**
                             * @description YYYY-MM-DD in the shop's time zone
                             * @example 2025-03-01
                             */
                            to: string | null;
                            total: {
                                acquisitionCostFen: number;
                                costIfAllPaidFen: number;
                                costPerOrderIfAllPaidFen: number;
                                effectiveCostPerOrderFen: number;
                                effectiveShare: number;
                                newCustomerOrders: number;
                                newCustomerRevenueFen: number;
                                newCustomers: number;
                                orders: number;
                                repeatRevenueFen: number;
                                revenueFen: number;
                                savedFen: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent analytics runs and the latest fit of each model
         * @description fits[].trusted/reason say whether predictions use the model or the heuristic fallback; inUse marks the fits the last succeeded run predicted with.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fits: {
                                converged: boolean;
                                customers: number;
                                /** Format: date-time */
                                dataCutoff: string;
                                /** Format: date-time */
                                fittedAt: string;
                                id: number;
                                inUse: boolean;
                                logLikelihood: number;
                                /** @enum {string} */
                                model: "bgnbd" | "pareto-nbd" | "gamma-gamma";
                                params: {
                                    [key: string]: number;
                                };
                                penalty: number;
                                reason: string | null;
                                repeatCustomers: number;
                                runId: number | null;
                                standardErrors: {
                                    [key: string]: number;
                                } | null;
                                trusted: boolean;
                            }[];
                            runs: {
                                /** Format: date-time */
                                asOf: string | null;
                                customers: number;
                                error: string | null;
                                /** Format: date-time */
                                finishedAt: string | null;
                                id: number;
                                /** @enum {string} */
                                mode: "full" | "incremental";
                                refit: boolean;
                                /** Format: date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "running" | "succeeded" | "failed";
                                timingsMs: {
                                    [key: string]: number;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/top-customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Top customers by predicted value (clv), chance of being active (p-alive) or spend
         * @description Values as of the last analytics run. Names and phones are masked for every role.
         */
        get: {
            parameters: {
                query?: {
                    by?: "clv" | "p-alive" | "spend";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                churnStatus: string;
                                clvFen: number | null;
                                clvHighFen: number | null;
                                clvLowFen: number | null;
                                customerId: number;
                                expectedPurchases: number | null;
                                /** Format: date-time */
                                lastOrderAt: string | null;
                                /** @description masked: 张* */
                                name: string | null;
                                pAlive: number | null;
                                /** @description masked: 138****1234 */
                                phone: string | null;
                                predictionSource: string | null;
                                province: string | null;
                                purchaseDays: number;
                                totalSpentFen: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's API keys (without tokens) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: number;
                                /** Format: date-time */
                                expiresAt: string | null;
                                id: number;
                                /** Format: date-time */
                                lastUsedAt: string | null;
                                name: string;
                                permissions: ("customers:read" | "pii:read" | "customers:write" | "customers:delete" | "export" | "import" | "analytics:run" | "campaigns:send" | "loyalty:manage" | "tickets:manage" | "settings" | "staff:manage" | "api_keys:manage" | "audit:read")[];
                                /** Format: date-time */
                                revokedAt: string | null;
                                tokenPrefix: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the token is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresInDays?: number;
                        name: string;
                        permissions: ("customers:read" | "pii:read" | "customers:write" | "customers:delete" | "export" | "import" | "analytics:run" | "campaigns:send" | "loyalty:manage" | "tickets:manage" | "settings" | "staff:manage" | "api_keys:manage" | "audit:read")[];
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: number;
                            /** Format: date-time */
                            expiresAt: string | null;
                            id: number;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            name: string;
                            permissions: ("customers:read" | "pii:read" | "customers:write" | "customers:delete" | "export" | "import" | "analytics:run" | "campaigns:send" | "loyalty:manage" | "tickets:manage" | "settings" | "staff:manage" | "api_keys:manage" | "audit:read")[];
                            /** Format: date-time */
                            revokedAt: string | null;
                            token: string;
                            tokenPrefix: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who did what to which records, when and from where */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    cursor?: string;
                    /** @description Events at or after this time (ISO 8601 with offset) */
                    from?: string;
                    limit?: number;
                    memberId?: number;
                    targetId?: string;
                    /** @description Events before this time (ISO 8601 with offset) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: {
                                    apiKeyId: number | null;
                                    kind: string;
                                    memberId: number | null;
                                    name: string | null;
                                };
                                data: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                ip: string | null;
                                /** Format: date-time */
                                occurredAt: string;
                                requestId: string | null;
                                targetIds: string[];
                                targetType: string | null;
                                userAgent: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation with its one-time token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                accountId: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deactivatedAt: string | null;
                                displayName: string;
                                email: string | null;
                                id: number;
                                /** Format: date-time */
                                lastLoginAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                                shopId: number;
                                /** @enum {string} */
                                status: "active" | "deactivated";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string;
                        password: string;
                        phone?: string;
                        shop?: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            shop: {
                                /** Format: date-time */
                                createdAt: string;
                                currency: string;
                                id: number;
                                name: string;
                                slug: string;
                                timeZone: string;
                            };
                            user: {
                                accountId: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deactivatedAt: string | null;
                                displayName: string;
                                email: string | null;
                                id: number;
                                /** Format: date-time */
                                lastLoginAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                                shopId: number;
                                /** @enum {string} */
                                status: "active" | "deactivated";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: staff member or API key, shop and permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            kind: "staff" | "api_key";
                            name: string;
                            permissions: ("customers:read" | "pii:read" | "customers:write" | "customers:delete" | "export" | "import" | "analytics:run" | "campaigns:send" | "loyalty:manage" | "tickets:manage" | "settings" | "staff:manage" | "api_keys:manage" | "audit:read")[];
                            role: string | null;
                            shop: {
                                /** Format: date-time */
                                createdAt: string;
                                currency: string;
                                id: number;
                                name: string;
                                slug: string;
                                timeZone: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (signs out your other sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a one-time reset token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live customers (masked), filtered, searched and sorted, by keyset pages
         * @description q: exact phone (any format), nick, email or other identity value, exact order number, or the start of a name. Sorts are descending with the id as tie-breaker; customers without the value (no paid order, not analysed yet) come last.
         */
        get: {
            parameters: {
                query?: {
                    churnStatus?: "none" | "active" | "at_risk" | "churned";
                    cursor?: string;
                    /** @description Rows per page: 20 unless given, at most 200 */
                    limit?: number;
                    /** @description taobao, jd, pdd, shopify, woocommerce… */
                    platform?: string;
                    province?: string;
                    /** @description Exact phone (any format), nick, email or other identity value, exact order number, or a name's start */
                    q?: string;
                    /** @description Members of this saved segment (as of its last refresh) */
                    segment?: number;
                    /** @description Descending, id as tie-breaker; default last_order */
                    sort?: "last_order" | "first_order" | "spend" | "clv" | "orders";
                    /** @description Customers with this tag */
                    tag?: number;
                    /** @description 客单价 (AOV) tier of the last analytics run, 1 = lowest band */
                    tier?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 客单价 in fen */
                                aovFen: number | null;
                                aovTier: number | null;
                                /** @enum {string|null} */
                                churnStatus: "none" | "active" | "at_risk" | "churned" | null;
                                city: string | null;
                                clvFen: number | null;
                                /** Format: date-time */
                                firstOrderAt: string | null;
                                id: number;
                                /** Format: date-time */
                                lastOrderAt: string | null;
                                name: string | null;
                                paidOrders: number | null;
                                pAlive: number | null;
                                phone: string | null;
                                platforms: string[];
                                province: string | null;
                                rfm: {
                                    f: number;
                                    m: number;
                                    r: number;
                                } | null;
                                totalSpentFen: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer: profile, identities, newest 50 orders with lines, metrics and predictions (masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The 10 latest done or cancelled visits, newest first */
                            closedFollowUps: {
                                assignee: {
                                    memberId: number;
                                    name: string | null;
                                } | null;
                                /** @enum {string} */
                                channel: "phone" | "message" | "group" | "visit";
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                customer: {
                                    id: number;
                                    /** @description Always masked (张*); POST /customers/{id}/unmask shows it */
                                    name: string | null;
                                    /** @description The customer's platform nick (e.g. Taobao) or platform customer id */
                                    nick: string | null;
                                };
                                customerId: number;
                                /** Format: date-time */
                                dueAt: string;
                                id: number;
                                outcome: {
                                    /** Format: date-time */
                                    completedAt: string;
                                    completedBy: string | null;
                                    note: string | null;
                                    preferencesLearned: string | null;
                                    productFeedback: string | null;
                                    reached: boolean;
                                    satisfaction: number | null;
                                } | null;
                                purpose: string | null;
                                /** @enum {string} */
                                status: "scheduled" | "done" | "cancelled";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            customer: {
                                acceptsEmailMarketing: boolean | null;
                                acceptsSmsMarketing: boolean | null;
                                /** @description always null here: see POST /customers/{id}/unmask */
                                address: string | null;
                                /** @description MM-DD */
                                birthdayMonthDay: string | null;
                                city: string | null;
                                country: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                district: string | null;
                                email: string | null;
                                /** Format: date-time */
                                firstOrderAt: string | null;
                                /** @enum {string|null} */
                                gender: "male" | "female" | null;
                                id: number;
                                /** Format: date-time */
                                lastOrderAt: string | null;
                                name: string | null;
                                note: string | null;
                                phone: string | null;
                                province: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                zip: string | null;
                            };
                            identities: {
                                id: number;
                                /** @enum {string} */
                                kind: "nick" | "ouid" | "platform_customer_id" | "email" | "phone" | "address_hash" | "order" | "alipay";
                                maskedAtSource: boolean;
                                /** @description '*' for phone and email shared across platforms */
                                platform: string;
                                value: string;
                            }[];
                            mergedFrom: {
                                matchedValue: string;
                                /** Format: date-time */
                                mergedAt: string;
                                mergedCustomerId: number | null;
                                mergeId: number;
                                /** @enum {string} */
                                reason: "phone" | "email";
                                splitCustomerId: number | null;
                                /** Format: date-time */
                                undoneAt: string | null;
                            }[];
                            metrics: {
                                aovFen: number | null;
                                aovTier: number | null;
                                /** Format: date-time */
                                asOf: string;
                                /** @enum {string} */
                                churnStatus: "none" | "active" | "at_risk" | "churned";
                                clvFen: number | null;
                                clvHighFen: number | null;
                                clvLowFen: number | null;
                                /** Format: date-time */
                                computedAt: string;
                                /** @description YYYY-MM-DD */
                                expectedNextPurchaseHigh: string | null;
                                /** @description YYYY-MM-DD */
                                expectedNextPurchaseLow: string | null;
                                /** @description YYYY-MM-DD */
                                expectedNextPurchaseOn: string | null;
                                expectedPurchases: number | null;
                                expectedPurchasesHigh: number | null;
                                expectedPurchasesLow: number | null;
                                expectedSpendFen: number | null;
                                expectedSpendHighFen: number | null;
                                expectedSpendLowFen: number | null;
                                favouriteColour: string | null;
                                favouriteProductId: number | null;
                                favouriteProductTitle: string | null;
                                favouriteSize: string | null;
                                favouriteSkuId: number | null;
                                /** Format: date-time */
                                firstOrderAt: string | null;
                                fitId: number | null;
                                fScore: number | null;
                                horizonDays: number | null;
                                iptMeanDays: number | null;
                                iptMedianDays: number | null;
                                /** Format: date-time */
                                lastOrderAt: string | null;
                                mScore: number | null;
                                paidOrders: number;
                                pAlive: number | null;
                                pAliveHigh: number | null;
                                pAliveLow: number | null;
                                /** @enum {string|null} */
                                predictionSource: "bgnbd" | "pareto-nbd" | "heuristic" | null;
                                purchaseDays: number;
                                recencyDays: number | null;
                                rScore: number | null;
                                totalSpentFen: number;
                            } | null;
                            /** @description The 20 newest; GET /customers/{id}/notes pages through all */
                            notes: {
                                authorMemberId: number | null;
                                authorName: string | null;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                id: number;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            /** @description Scheduled visits, soonest first */
                            openFollowUps: {
                                assignee: {
                                    memberId: number;
                                    name: string | null;
                                } | null;
                                /** @enum {string} */
                                channel: "phone" | "message" | "group" | "visit";
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                customer: {
                                    id: number;
                                    /** @description Always masked (张*); POST /customers/{id}/unmask shows it */
                                    name: string | null;
                                    /** @description The customer's platform nick (e.g. Taobao) or platform customer id */
                                    nick: string | null;
                                };
                                customerId: number;
                                /** Format: date-time */
                                dueAt: string;
                                id: number;
                                outcome: {
                                    /** Format: date-time */
                                    completedAt: string;
                                    completedBy: string | null;
                                    note: string | null;
                                    preferencesLearned: string | null;
                                    productFeedback: string | null;
                                    reached: boolean;
                                    satisfaction: number | null;
                                } | null;
                                purpose: string | null;
                                /** @enum {string} */
                                status: "scheduled" | "done" | "cancelled";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            platforms: string[];
                            recentOrders: {
                                buyerMessage: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                                closeReason: string | null;
                                /** Format: date-time */
                                completedAt: string | null;
                                currency: string;
                                customerId: number;
                                discountFen: number;
                                externalId: string;
                                goodsFen: number;
                                id: number;
                                isMobile: boolean | null;
                                itemQuantity: number | null;
                                items: {
                                    attributes: {
                                        [key: string]: string;
                                    };
                                    lineNo: number;
                                    merchantCode: string | null;
                                    paidFen: number | null;
                                    productId: number | null;
                                    quantity: number;
                                    refundFen: number;
                                    /** @enum {string} */
                                    refundStatus: "none" | "requested" | "refused" | "closed" | "refunded";
                                    skuId: number | null;
                                    /** @enum {string|null} */
                                    status: "unpaid" | "paid" | "shipped" | "completed" | "closed" | null;
                                    title: string;
                                    unitPriceFen: number;
                                }[];
                                /** Format: date-time */
                                orderedAt: string;
                                /** Format: date-time */
                                paidAt: string | null;
                                paidFen: number;
                                platform: string;
                                rawStatus: string;
                                /** Format: date-time */
                                receivedAt: string | null;
                                receiver: {
                                    address: string | null;
                                    city: string | null;
                                    country: string | null;
                                    district: string | null;
                                    name: string | null;
                                    phone: string | null;
                                    province: string | null;
                                    zip: string | null;
                                };
                                refundedFen: number;
                                sellerMemo: string | null;
                                /** Format: date-time */
                                shippedAt: string | null;
                                shippingCompany: string | null;
                                shippingFen: number;
                                /** @enum {string} */
                                status: "unpaid" | "paid" | "shipped" | "completed" | "closed";
                                trackingNo: string | null;
                            }[];
                            /** @description The 10 newest; GET /customers/{id}/reviews pages through all */
                            reviews: {
                                content: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description Who typed it in (manual reviews) */
                                createdBy: string | null;
                                customerId: number;
                                /** @description The buyer's later addition (追评) */
                                followUp: string | null;
                                /** Format: date-time */
                                followUpAt: string | null;
                                hasImages: boolean;
                                id: number;
                                /** @description The platform's order number */
                                orderExternalId: string | null;
                                orderId: number | null;
                                platform: string;
                                productId: number | null;
                                productTitle: string | null;
                                /** @description 1–5 stars (好评 5, 中评 3, 差评 1 when the export has no stars) */
                                rating: number | null;
                                /** Format: date-time */
                                reviewedAt: string;
                                sellerReply: string | null;
                                /** @enum {string} */
                                source: "import" | "manual";
                            }[];
                            tags: {
                                color: string | null;
                                /** @description The tag's id */
                                id: number;
                                name: string;
                                /** @enum {string} */
                                source: "manual" | "rule";
                                /** Format: date-time */
                                taggedAt: string;
                                taggedBy: string | null;
                                taggedByMemberId: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Erase the customer's personal data (PIPL): profile, identities, order receivers; orders stay for the accounts */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: number;
                            mergedCustomerIds: number[];
                            orders: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Edit the profile of a live customer (null or blank clears a field); answers it masked; audited with the changed field names
         * @description A phone or email typed here is profile data only: it does not add an identity, so it neither matches imports nor merges customers.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acceptsEmailMarketing?: boolean | null;
                        acceptsSmsMarketing?: boolean | null;
                        address?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthday?: string | null;
                        city?: string | null;
                        district?: string | null;
                        email?: string | null;
                        /** @enum {string|null} */
                        gender?: "male" | "female" | null;
                        name?: string | null;
                        note?: string | null;
                        phone?: string | null;
                        province?: string | null;
                        zip?: string | null;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptsEmailMarketing: boolean | null;
                            acceptsSmsMarketing: boolean | null;
                            /** @description always null here: see POST /customers/{id}/unmask */
                            address: string | null;
                            /** @description MM-DD */
                            birthdayMonthDay: string | null;
                            city: string | null;
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            district: string | null;
                            email: string | null;
                            /** Format: date-time */
                            firstOrderAt: string | null;
                            /** @enum {string|null} */
                            gender: "male" | "female" | null;
                            id: number;
                            /** Format: date-time */
                            lastOrderAt: string | null;
                            name: string | null;
                            note: string | null;
                            phone: string | null;
                            province: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            zip: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/customers/{id}/inferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Behaviour inferred from the customer's orders, with evidence and confidence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                computedAt: string;
                                /** @description Wilson lower bound (95%) of the share of evidence that supports it */
                                confidence: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: string | null;
                                /** @description Counts behind it, e.g. days, inWindow, share, shopShare */
                                evidence: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                kind: "payday_buyer" | "gift_buyer" | "promotion_driven" | "seasonal_buyer" | "plus_size" | "preferred_colour" | "preferred_size" | "likely_gender";
                                /** @enum {string} */
                                status: "inferred" | "confirmed" | "rejected";
                                /** @description The colour, size, season or gender; null for yes/no behaviours */
                                value: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/inferences/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm, reject (hidden from segments) or reset one inference */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "confirm" | "reject" | "reset";
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            computedAt: string;
                            /** @description Wilson lower bound (95%) of the share of evidence that supports it */
                            confidence: number;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedBy: string | null;
                            /** @description Counts behind it, e.g. days, inWindow, share, shopShare */
                            evidence: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            kind: "payday_buyer" | "gift_buyer" | "promotion_driven" | "seasonal_buyer" | "plus_size" | "preferred_colour" | "preferred_size" | "likely_gender";
                            /** @enum {string} */
                            status: "inferred" | "confirmed" | "rejected";
                            /** @description The colour, size, season or gender; null for yes/no behaviours */
                            value: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's notes newest first, by keyset pages */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                authorMemberId: number | null;
                                authorName: string | null;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                id: number;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write a note on a customer (1–2000 characters) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorMemberId: number | null;
                            authorName: string | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            id: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's reviews, newest first, by keyset pages */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                content: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description Who typed it in (manual reviews) */
                                createdBy: string | null;
                                customerId: number;
                                /** @description The buyer's later addition (追评) */
                                followUp: string | null;
                                /** Format: date-time */
                                followUpAt: string | null;
                                hasImages: boolean;
                                id: number;
                                /** @description The platform's order number */
                                orderExternalId: string | null;
                                orderId: number | null;
                                platform: string;
                                productId: number | null;
                                productTitle: string | null;
                                /** @description 1–5 stars (好评 5, 中评 3, 差评 1 when the export has no stars) */
                                rating: number | null;
                                /** Format: date-time */
                                reviewedAt: string;
                                sellerReply: string | null;
                                /** @enum {string} */
                                source: "import" | "manual";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a review the customer gave outside an export (a call, a chat) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content?: string;
                        hasImages?: boolean;
                        /** @description One of the customer's orders */
                        orderId?: number | null;
                        /** @description A product of the shop */
                        productId?: number | null;
                        /** @description 1 (差评) to 5 stars */
                        rating: number;
                        /** Format: date-time */
                        reviewedAt?: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            content: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Who typed it in (manual reviews) */
                            createdBy: string | null;
                            customerId: number;
                            /** @description The buyer's later addition (追评) */
                            followUp: string | null;
                            /** Format: date-time */
                            followUpAt: string | null;
                            hasImages: boolean;
                            id: number;
                            /** @description The platform's order number */
                            orderExternalId: string | null;
                            orderId: number | null;
                            platform: string;
                            productId: number | null;
                            productTitle: string | null;
                            /** @description 1–5 stars (好评 5, 中评 3, 差评 1 when the export has no stars) */
                            rating: number | null;
                            /** Format: date-time */
                            reviewedAt: string;
                            sellerReply: string | null;
                            /** @enum {string} */
                            source: "import" | "manual";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's tags, who gave each and when */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                color: string | null;
                                /** @description The tag's id */
                                id: number;
                                name: string;
                                /** @enum {string} */
                                source: "manual" | "rule";
                                /** Format: date-time */
                                taggedAt: string;
                                taggedBy: string | null;
                                taggedByMemberId: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tag a customer by hand (again: nothing changes); answers the customer's tags */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tagId: number;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                color: string | null;
                                /** @description The tag's id */
                                id: number;
                                name: string;
                                /** @enum {string} */
                                source: "manual" | "rule";
                                /** Format: date-time */
                                taggedAt: string;
                                taggedBy: string | null;
                                taggedByMemberId: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a hand-given tag off a customer (a rule-given one is tag_is_automatic) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    tagId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                color: string | null;
                                /** @description The tag's id */
                                id: number;
                                name: string;
                                /** @enum {string} */
                                source: "manual" | "rule";
                                /** Format: date-time */
                                taggedAt: string;
                                taggedBy: string | null;
                                taggedByMemberId: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/unmask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer's name, phone, email, address and identities in clear; written to the audit log */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            /** @description YYYY-MM-DD */
                            birthday: string | null;
                            city: string | null;
                            country: string | null;
                            district: string | null;
                            email: string | null;
                            id: number;
                            identities: {
                                id: number;
                                /** @enum {string} */
                                kind: "nick" | "ouid" | "platform_customer_id" | "email" | "phone" | "address_hash" | "order" | "alipay";
                                maskedAtSource: boolean;
                                /** @description '*' for phone and email shared across platforms */
                                platform: string;
                                value: string;
                            }[];
                            maskedAtSource: {
                                address: boolean;
                                name: boolean;
                                phone: boolean;
                            };
                            name: string | null;
                            phone: string | null;
                            province: string | null;
                            zip: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered list as CSV (UTF-8 with BOM); masked unless the caller also holds pii:read; audited
         * @description q: exact phone (any format), nick, email or other identity value, exact order number, or the start of a name. Sorts are descending with the id as tie-breaker; customers without the value (no paid order, not analysed yet) come last.
         */
        get: {
            parameters: {
                query?: {
                    churnStatus?: "none" | "active" | "at_risk" | "churned";
                    /** @description taobao, jd, pdd, shopify, woocommerce… */
                    platform?: string;
                    province?: string;
                    /** @description Exact phone (any format), nick, email or other identity value, exact order number, or a name's start */
                    q?: string;
                    /** @description Members of this saved segment (as of its last refresh) */
                    segment?: number;
                    /** @description Descending, id as tie-breaker; default last_order */
                    sort?: "last_order" | "first_order" | "spend" | "clv" | "orders";
                    /** @description Customers with this tag */
                    tag?: number;
                    /** @description 客单价 (AOV) tier of the last analytics run, 1 = lowest band */
                    tier?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description CSV, header in the caller's language (Accept-Language) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The shop's follow-up visits by due time, soonest first, by keyset pages
         * @description due: overdue = open and due before now; today = open and due from now to the end of the shop's day; upcoming = open and due later.
         */
        get: {
            parameters: {
                query?: {
                    assigneeMemberId?: number;
                    cursor?: string;
                    customerId?: number;
                    /** @description Open visits only: overdue, due today, or later */
                    due?: "overdue" | "today" | "upcoming";
                    limit?: number;
                    status?: "scheduled" | "done" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assignee: {
                                    memberId: number;
                                    name: string | null;
                                } | null;
                                /** @enum {string} */
                                channel: "phone" | "message" | "group" | "visit";
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                customer: {
                                    id: number;
                                    /** @description Always masked (张*); POST /customers/{id}/unmask shows it */
                                    name: string | null;
                                    /** @description The customer's platform nick (e.g. Taobao) or platform customer id */
                                    nick: string | null;
                                };
                                customerId: number;
                                /** Format: date-time */
                                dueAt: string;
                                id: number;
                                outcome: {
                                    /** Format: date-time */
                                    completedAt: string;
                                    completedBy: string | null;
                                    note: string | null;
                                    preferencesLearned: string | null;
                                    productFeedback: string | null;
                                    reached: boolean;
                                    satisfaction: number | null;
                                } | null;
                                purpose: string | null;
                                /** @enum {string} */
                                status: "scheduled" | "done" | "cancelled";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Schedule a visit for a customer; without assigneeMemberId you are the assignee */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An active staff member; null for nobody; omitted for yourself */
                        assigneeMemberId?: number | null;
                        /** @enum {string} */
                        channel: "phone" | "message" | "group" | "visit";
                        customerId: number;
                        /** Format: date-time */
                        dueAt: string;
                        purpose?: string | null;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: {
                                memberId: number;
                                name: string | null;
                            } | null;
                            /** @enum {string} */
                            channel: "phone" | "message" | "group" | "visit";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customer: {
                                id: number;
                                /** @description Always masked (张*); POST /customers/{id}/unmask shows it */
                                name: string | null;
                                /** @description The customer's platform nick (e.g. Taobao) or platform customer id */
                                nick: string | null;
                            };
                            customerId: number;
                            /** Format: date-time */
                            dueAt: string;
                            id: number;
                            outcome: {
                                /** Format: date-time */
                                completedAt: string;
                                completedBy: string | null;
                                note: string | null;
                                preferencesLearned: string | null;
                                productFeedback: string | null;
                                reached: boolean;
                                satisfaction: number | null;
                            } | null;
                            purpose: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "done" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Reschedule, reassign, or change the channel or purpose of an open visit */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeMemberId?: number | null;
                        /** @enum {string} */
                        channel?: "phone" | "message" | "group" | "visit";
                        /** Format: date-time */
                        dueAt?: string;
                        purpose?: string | null;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: {
                                memberId: number;
                                name: string | null;
                            } | null;
                            /** @enum {string} */
                            channel: "phone" | "message" | "group" | "visit";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customer: {
                                id: number;
                                /** @description Always masked (张*); POST /customers/{id}/unmask shows it */
                                name: string | null;
                                /** @description The customer's platform nick (e.g. Taobao) or platform customer id */
                                nick: string | null;
                            };
                            customerId: number;
                            /** Format: date-time */
                            dueAt: string;
                            id: number;
                            outcome: {
                                /** Format: date-time */
                                completedAt: string;
                                completedBy: string | null;
                                note: string | null;
                                preferencesLearned: string | null;
                                productFeedback: string | null;
                                reached: boolean;
                                satisfaction: number | null;
                            } | null;
                            purpose: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "done" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open visit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: {
                                memberId: number;
                                name: string | null;
                            } | null;
                            /** @enum {string} */
                            channel: "phone" | "message" | "group" | "visit";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customer: {
                                id: number;
                                /** @description Always masked (张*); POST /customers/{id}/unmask shows it */
                                name: string | null;
                                /** @description The customer's platform nick (e.g. Taobao) or platform customer id */
                                nick: string | null;
                            };
                            customerId: number;
                            /** Format: date-time */
                            dueAt: string;
                            id: number;
                            outcome: {
                                /** Format: date-time */
                                completedAt: string;
                                completedBy: string | null;
                                note: string | null;
                                preferencesLearned: string | null;
                                productFeedback: string | null;
                                reached: boolean;
                                satisfaction: number | null;
                            } | null;
                            purpose: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "done" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the outcome of an open visit (once: then it is closed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        preferencesLearned?: string | null;
                        productFeedback?: string | null;
                        /** @description Whether the customer was reached */
                        reached: boolean;
                        /** @description 1 (unhappy) to 5 (delighted) */
                        satisfaction?: number | null;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: {
                                memberId: number;
                                name: string | null;
                            } | null;
                            /** @enum {string} */
                            channel: "phone" | "message" | "group" | "visit";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customer: {
                                id: number;
                                /** @description Always masked (张*); POST /customers/{id}/unmask shows it */
                                name: string | null;
                                /** @description The customer's platform nick (e.g. Taobao) or platform customer id */
                                nick: string | null;
                            };
                            customerId: number;
                            /** Format: date-time */
                            dueAt: string;
                            id: number;
                            outcome: {
                                /** Format: date-time */
                                completedAt: string;
                                completedBy: string | null;
                                note: string | null;
                                preferencesLearned: string | null;
                                productFeedback: string | null;
                                reached: boolean;
                                satisfaction: number | null;
                            } | null;
                            purpose: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "done" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reminder badge: open visits overdue and due today, yours and (owners, admins) the shop's */
        get: {
            parameters: {
                query?: {
                    memberId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The whole shop's; only for owners and admins (staff:manage) */
                            all: {
                                overdue: number;
                                today: number;
                            } | null;
                            /** @description Visits assigned to the member; null for API keys */
                            mine: {
                                overdue: number;
                                today: number;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's customer groups by name, with roster, matched and lurker counts */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                channel: "wechat" | "qq" | "other";
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                description: string | null;
                                id: number;
                                /** @description Members silent for lurkerDays: no paid order, no activity */
                                lurkerCount: number;
                                lurkerDays: number;
                                /** @description Lines matched to a customer */
                                matchedCount: number;
                                /** @description Lines of the roster */
                                memberCount: number;
                                name: string;
                                /** Format: date-time */
                                rosterImportedAt: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a customer group (name unique in the shop; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description wechat (default), qq or other
                         * @enum {string}
                         */
                        channel?: "wechat" | "qq" | "other";
                        description?: string | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "wechat" | "qq" | "other";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: number;
                            /** @description Members silent for lurkerDays: no paid order, no activity */
                            lurkerCount: number;
                            lurkerDays: number;
                            /** @description Lines matched to a customer */
                            matchedCount: number;
                            /** @description Lines of the roster */
                            memberCount: number;
                            name: string;
                            /** Format: date-time */
                            rosterImportedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer group with its roster, matched and lurker counts */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "wechat" | "qq" | "other";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: number;
                            /** @description Members silent for lurkerDays: no paid order, no activity */
                            lurkerCount: number;
                            lurkerDays: number;
                            /** @description Lines matched to a customer */
                            matchedCount: number;
                            /** @description Lines of the roster */
                            memberCount: number;
                            name: string;
                            /** Format: date-time */
                            rosterImportedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a group and its roster (audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            members: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a group, change its channel or description (audited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel?: "wechat" | "qq" | "other";
                        description?: string | null;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "wechat" | "qq" | "other";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: number;
                            /** @description Members silent for lurkerDays: no paid order, no activity */
                            lurkerCount: number;
                            lurkerDays: number;
                            /** @description Lines matched to a customer */
                            matchedCount: number;
                            /** @description Lines of the roster */
                            memberCount: number;
                            name: string;
                            /** Format: date-time */
                            rosterImportedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A group's roster by keyset pages: everyone, lurkers only, or lines not matched yet
         * @description lurkers=1: members silent for `days` (default 30): no activity in the roster, no paid order, not joined within those days.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description Days of silence for a lurker (default 30) */
                    days?: number;
                    limit?: number;
                    /** @description 1: only members silent for `days` (no paid order, no activity) */
                    lurkers?: boolean;
                    /** @description 1: only roster lines not matched to a customer yet */
                    unmatched?: boolean;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The matched customer; null until matched */
                                customer: {
                                    id: number;
                                    /** @description Always masked (张*); POST /customers/{id}/unmask shows it */
                                    name: string | null;
                                    /** @description The customer's platform nick (e.g. Taobao) or platform customer id */
                                    nick: string | null;
                                } | null;
                                /** @description Null until the line is matched to a customer */
                                customerId: number | null;
                                groupId: number;
                                id: number;
                                /** Format: date-time */
                                importedAt: string;
                                /** @description YYYY-MM-DD */
                                joinedAt: string | null;
                                /** Format: date-time */
                                lastActiveAt: string | null;
                                /** Format: date-time */
                                lastPaidOrderAt: string | null;
                                /** @enum {string|null} */
                                matchedBy: "phone" | "name" | "staff" | null;
                                name: string;
                                /** @description Masked unless you hold pii:read */
                                phone: string | null;
                            }[];
                            lurkerDays: number | null;
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Match a roster line to a customer by hand, or unmatch it (customerId null) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A live customer of the shop; null to unmatch */
                        customerId: number | null;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The matched customer; null until matched */
                            customer: {
                                id: number;
                                /** @description Always masked (张*); POST /customers/{id}/unmask shows it */
                                name: string | null;
                                /** @description The customer's platform nick (e.g. Taobao) or platform customer id */
                                nick: string | null;
                            } | null;
                            /** @description Null until the line is matched to a customer */
                            customerId: number | null;
                            groupId: number;
                            id: number;
                            /** Format: date-time */
                            importedAt: string;
                            /** @description YYYY-MM-DD */
                            joinedAt: string | null;
                            /** Format: date-time */
                            lastActiveAt: string | null;
                            /** Format: date-time */
                            lastPaidOrderAt: string | null;
                            /** @enum {string|null} */
                            matchedBy: "phone" | "name" | "staff" | null;
                            name: string;
                            /** @description Masked unless you hold pii:read */
                            phone: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/groups/{id}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a group's roster with an uploaded member list (multipart/form-data; audited)
         * @description Field `file`: a WeChat/QQ group export or a hand-made sheet, CSV (UTF-8 or GB18030) or XLSX, 20 MB at most, with 昵称/群昵称/微信昵称 or 手机号/电话, optionally 入群时间 and 最后发言时间. Lines are matched to customers by phone or exact name; the rest are kept unmatched. The same roster again changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groupId: number;
                            inserted: number;
                            matched: number;
                            /** @description Lines in the roster now */
                            members: number;
                            rejected: number;
                            rejects: {
                                code: string;
                                /** @description The column as written in the file */
                                field: string | null;
                                file: string;
                                message: string;
                                raw: {
                                    [key: string]: string;
                                };
                                /** @description The spreadsheet row number (the header is row 1) */
                                row: number;
                            }[];
                            /** @description Lines of the old roster not in the new one */
                            removed: number;
                            unchanged: number;
                            /** @description Lines kept without a customer, for staff to match */
                            unmatched: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upload imports of the shop, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                batchId: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "staff" | "api_key";
                                } | null;
                                dryRun: boolean;
                                error: {
                                    code: string;
                                    data: {
                                        [key: string]: unknown;
                                    };
                                    message: string;
                                } | null;
                                files: {
                                    name: string;
                                    sha256: string;
                                    size: number;
                                }[];
                                /** Format: date-time */
                                finishedAt: string | null;
                                format: string | null;
                                id: number;
                                progress: {
                                    bytesRead: number;
                                    file?: string;
                                    phase: string;
                                    rows: number;
                                    totalBytes: number;
                                } | null;
                                rejectsUrl: string | null;
                                /** Format: date-time */
                                startedAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                summary: {
                                    batchId: number;
                                    customers: {
                                        created: number;
                                        matched: number;
                                        merged: number;
                                    };
                                    dryRun: boolean;
                                    durationMs: number;
                                    format: string;
                                    items: number;
                                    orders: {
                                        inserted: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    rejected: number;
                                    rows: number;
                                } | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload export files to import (multipart/form-data)
         * @description Fields: `files` (one or more, up to 20), optional `format` (auto, taobao, jd, pdd, shopify, …, csv), `mapping` (column mapping JSON, needed with format csv; see docs/import.md), `dryRun` (true: check without writing). Answers 202 with the queued job; poll GET /imports/{id}.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: number;
                                /** @enum {string} */
                                kind: "staff" | "api_key";
                            } | null;
                            dryRun: boolean;
                            error: {
                                code: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            } | null;
                            files: {
                                name: string;
                                sha256: string;
                                size: number;
                            }[];
                            /** Format: date-time */
                            finishedAt: string | null;
                            format: string | null;
                            id: number;
                            progress: {
                                bytesRead: number;
                                file?: string;
                                phase: string;
                                rows: number;
                                totalBytes: number;
                            } | null;
                            rejectsUrl: string | null;
                            /** Format: date-time */
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            summary: {
                                batchId: number;
                                customers: {
                                    created: number;
                                    matched: number;
                                    merged: number;
                                };
                                dryRun: boolean;
                                durationMs: number;
                                format: string;
                                items: number;
                                orders: {
                                    inserted: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                rejected: number;
                                rows: number;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One upload import: status, progress, summary or error */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: number;
                                /** @enum {string} */
                                kind: "staff" | "api_key";
                            } | null;
                            dryRun: boolean;
                            error: {
                                code: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            } | null;
                            files: {
                                name: string;
                                sha256: string;
                                size: number;
                            }[];
                            /** Format: date-time */
                            finishedAt: string | null;
                            format: string | null;
                            id: number;
                            progress: {
                                bytesRead: number;
                                file?: string;
                                phase: string;
                                rows: number;
                                totalBytes: number;
                            } | null;
                            rejectsUrl: string | null;
                            /** Format: date-time */
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            summary: {
                                batchId: number;
                                customers: {
                                    created: number;
                                    matched: number;
                                    merged: number;
                                };
                                dryRun: boolean;
                                durationMs: number;
                                format: string;
                                items: number;
                                orders: {
                                    inserted: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                rejected: number;
                                rows: number;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/rejects.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rejected rows as CSV (UTF-8 with BOM for Excel; formula-like cells prefixed with ') */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a note (its author, or a role with the settings permission) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a note's text (its author, or a role with the settings permission) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorMemberId: number | null;
                            authorName: string | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            id: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's orders newest first, with lines (receivers masked), by keyset pages */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    customerId?: number;
                    /** @description Ordered at or after (inclusive) */
                    from?: string;
                    limit?: number;
                    platform?: string;
                    /** @description An order number (exact) */
                    q?: string;
                    status?: "unpaid" | "paid" | "shipped" | "completed" | "closed";
                    /** @description Ordered before (exclusive) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                buyerMessage: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                                closeReason: string | null;
                                /** Format: date-time */
                                completedAt: string | null;
                                currency: string;
                                customerId: number;
                                discountFen: number;
                                externalId: string;
                                goodsFen: number;
                                id: number;
                                isMobile: boolean | null;
                                itemQuantity: number | null;
                                items: {
                                    attributes: {
                                        [key: string]: string;
                                    };
                                    lineNo: number;
                                    merchantCode: string | null;
                                    paidFen: number | null;
                                    productId: number | null;
                                    quantity: number;
                                    refundFen: number;
                                    /** @enum {string} */
                                    refundStatus: "none" | "requested" | "refused" | "closed" | "refunded";
                                    skuId: number | null;
                                    /** @enum {string|null} */
                                    status: "unpaid" | "paid" | "shipped" | "completed" | "closed" | null;
                                    title: string;
                                    unitPriceFen: number;
                                }[];
                                /** Format: date-time */
                                orderedAt: string;
                                /** Format: date-time */
                                paidAt: string | null;
                                paidFen: number;
                                platform: string;
                                rawStatus: string;
                                /** Format: date-time */
                                receivedAt: string | null;
                                receiver: {
                                    address: string | null;
                                    city: string | null;
                                    country: string | null;
                                    district: string | null;
                                    name: string | null;
                                    phone: string | null;
                                    province: string | null;
                                    zip: string | null;
                                };
                                refundedFen: number;
                                sellerMemo: string | null;
                                /** Format: date-time */
                                shippedAt: string | null;
                                shippingCompany: string | null;
                                shippingFen: number;
                                /** @enum {string} */
                                status: "unpaid" | "paid" | "shipped" | "completed" | "closed";
                                trackingNo: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its lines (receiver masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyerMessage: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            closeReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            currency: string;
                            customerId: number;
                            discountFen: number;
                            externalId: string;
                            goodsFen: number;
                            id: number;
                            isMobile: boolean | null;
                            itemQuantity: number | null;
                            items: {
                                attributes: {
                                    [key: string]: string;
                                };
                                lineNo: number;
                                merchantCode: string | null;
                                paidFen: number | null;
                                productId: number | null;
                                quantity: number;
                                refundFen: number;
                                /** @enum {string} */
                                refundStatus: "none" | "requested" | "refused" | "closed" | "refunded";
                                skuId: number | null;
                                /** @enum {string|null} */
                                status: "unpaid" | "paid" | "shipped" | "completed" | "closed" | null;
                                title: string;
                                unitPriceFen: number;
                            }[];
                            /** Format: date-time */
                            orderedAt: string;
                            /** Format: date-time */
                            paidAt: string | null;
                            paidFen: number;
                            platform: string;
                            rawStatus: string;
                            /** Format: date-time */
                            receivedAt: string | null;
                            receiver: {
                                address: string | null;
                                city: string | null;
                                country: string | null;
                                district: string | null;
                                name: string | null;
                                phone: string | null;
                                province: string | null;
                                zip: string | null;
                            };
                            refundedFen: number;
                            sellerMemo: string | null;
                            /** Format: date-time */
                            shippedAt: string | null;
                            shippingCompany: string | null;
                            shippingFen: number;
                            /** @enum {string} */
                            status: "unpaid" | "paid" | "shipped" | "completed" | "closed";
                            trackingNo: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products by title or merchant code (exact code first, then title prefix, then newest), or by id, with their SKUs */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated product ids: these products instead of a search */
                    ids?: string;
                    /** @description At most 50; 20 unless given */
                    limit?: number;
                    /** @description Part of a title or merchant code (case-insensitive); none: the newest products */
                    q?: string;
                    /** @description Comma-separated SKU ids: the products holding them */
                    skuIds?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                merchantCode: string | null;
                                platform: string;
                                skus: {
                                    /** @description 颜色, 尺码… as the order export named them */
                                    attributes: {
                                        [key: string]: string;
                                    };
                                    id: number;
                                    merchantCode: string | null;
                                }[];
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a review staff typed in (an imported one is review_imported) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import review exports (multipart/form-data) and answer what they did
         * @description Field `files`: up to 10 Taobao/Tmall 评价 exports or generic sheets (order id, buyer, content, rating, time), CSV (UTF-8 or GB18030) or XLSX, 20 MB each. Imported while the request waits; importing the same file again changes nothing. Rows whose buyer is no customer of the shop are rejected.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description New reviews */
                            inserted: number;
                            rejected: number;
                            /** @description The first 1000 rejected rows */
                            rejects: {
                                code: string;
                                /** @description The column as written in the file */
                                field: string | null;
                                file: string;
                                message: string;
                                raw: {
                                    [key: string]: string;
                                };
                                /** @description The spreadsheet row number (the header is row 1) */
                                row: number;
                            }[];
                            /** @description Rows imported before as they are */
                            unchanged: number;
                            /** @description Known reviews with something new (an edited text, a reply, a 追评) */
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles and the permissions of each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            permissions: ("customers:read" | "pii:read" | "customers:write" | "customers:delete" | "export" | "import" | "analytics:run" | "campaigns:send" | "loyalty:manage" | "tickets:manage" | "settings" | "staff:manage" | "api_keys:manage" | "audit:read")[];
                            roles: {
                                permissions: ("customers:read" | "pii:read" | "customers:write" | "customers:delete" | "export" | "import" | "analytics:run" | "campaigns:send" | "loyalty:manage" | "tickets:manage" | "settings" | "staff:manage" | "api_keys:manage" | "audit:read")[];
                                /** @enum {string} */
                                role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's saved segments, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                description: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "dynamic" | "static";
                                memberCount: number;
                                name: string;
                                /** Format: date-time */
                                refreshedAt: string | null;
                                refreshMs: number | null;
                                /** @description A rule: a condition {"field", "op", "value"} or a group {"all": [rules]} / {"any": [rules]}, nested up to 5 levels, at most 40 conditions. Fields and the operators each allows: GET /segments/fields. Purchase conditions (products, skus, product_keyword) take an optional "withinDays". */
                                rule: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a segment: dynamic (members follow every import and analytics run) or a static snapshot */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        /**
                         * @default dynamic
                         * @enum {string}
                         */
                        kind?: "dynamic" | "static";
                        name: string;
                        /** @description A rule: a condition {"field", "op", "value"} or a group {"all": [rules]} / {"any": [rules]}, nested up to 5 levels, at most 40 conditions. Fields and the operators each allows: GET /segments/fields. Purchase conditions (products, skus, product_keyword) take an optional "withinDays". */
                        rule: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "dynamic" | "static";
                            memberCount: number;
                            name: string;
                            /** Format: date-time */
                            refreshedAt: string | null;
                            refreshMs: number | null;
                            /** @description A rule: a condition {"field", "op", "value"} or a group {"all": [rules]} / {"any": [rules]}, nested up to 5 levels, at most 40 conditions. Fields and the operators each allows: GET /segments/fields. Purchase conditions (products, skus, product_keyword) take an optional "withinDays". */
                            rule: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One segment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "dynamic" | "static";
                            memberCount: number;
                            name: string;
                            /** Format: date-time */
                            refreshedAt: string | null;
                            refreshMs: number | null;
                            /** @description A rule: a condition {"field", "op", "value"} or a group {"all": [rules]} / {"any": [rules]}, nested up to 5 levels, at most 40 conditions. Fields and the operators each allows: GET /segments/fields. Purchase conditions (products, skus, product_keyword) take an optional "withinDays". */
                            rule: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a segment (it stops refreshing; its history is kept) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, describe, or change a dynamic segment's rule (members follow at once) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        name?: string;
                        /** @description A rule: a condition {"field", "op", "value"} or a group {"all": [rules]} / {"any": [rules]}, nested up to 5 levels, at most 40 conditions. Fields and the operators each allows: GET /segments/fields. Purchase conditions (products, skus, product_keyword) take an optional "withinDays". */
                        rule?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            description: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "dynamic" | "static";
                            memberCount: number;
                            name: string;
                            /** Format: date-time */
                            refreshedAt: string | null;
                            refreshMs: number | null;
                            /** @description A rule: a condition {"field", "op", "value"} or a group {"all": [rules]} / {"any": [rules]}, nested up to 5 levels, at most 40 conditions. Fields and the operators each allows: GET /segments/fields. Purchase conditions (products, skus, product_keyword) take an optional "withinDays". */
                            rule: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/segments/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who joined and who left, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customer: {
                                    id: number;
                                    /** @description Always masked (张*); POST /customers/{id}/unmask shows it */
                                    name: string | null;
                                    /** @description The customer's platform nick (e.g. Taobao) or platform customer id */
                                    nick: string | null;
                                };
                                customerId: number;
                                /** @enum {string} */
                                event: "joined" | "left";
                                id: number;
                                /** Format: date-time */
                                occurredAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute a dynamic segment's members now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            joined: number;
                            left: number;
                            members: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Joins and leaves per day (shop's time zone) over the last `days` days */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                day: string;
                                joined: number;
                                left: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many live customers a rule matches now (the rule builder's live count) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A rule: a condition {"field", "op", "value"} or a group {"all": [rules]} / {"any": [rules]}, nested up to 5 levels, at most 40 conditions. Fields and the operators each allows: GET /segments/fields. Purchase conditions (products, skus, product_keyword) take an optional "withinDays". */
                        rule: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            ms: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fields a rule may test, their type and the operators each allows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                max?: number;
                                min?: number;
                                name: string;
                                operators: string[];
                                type: string;
                                values?: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's shop */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            id: number;
                            name: string;
                            slug: string;
                            timeZone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the shop's name, time zone (IANA, e.g. Asia/Shanghai) or currency
         * @description Audited as shop.updated. A new time zone moves every day boundary of reports at once.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string;
                        name?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            id: number;
                            name: string;
                            slug: string;
                            timeZone: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/shop/settings/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics settings in force, and the shop's overrides
         * @description A null threshold is derived from the shop's own data at each analytics run.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description only the settings changed on this shop */
                            overrides: {
                                [key: string]: unknown;
                            };
                            settings: {
                                /** @default null */
                                aovBandsFen: number[] | null;
                                /** @default null */
                                atRiskDays: number | null;
                                /**
                                 * @default {
                                 *       "significance": 0.01,
                                 *       "payday": {
                                 *         "fromDay": 10,
                                 *         "toDay": 15
                                 *       },
                                 *       "paydayMinDays": 3,
                                 *       "giftDaysBefore": 10,
                                 *       "giftMinDays": 3,
                                 *       "promotionMinDays": 3,
                                 *       "seasonalMinDays": 4,
                                 *       "plusMinLines": 2,
                                 *       "plusMinShare": 0.5,
                                 *       "preferenceMinLines": 3,
                                 *       "preferenceMinShare": 0.5,
                                 *       "genderMinLines": 3,
                                 *       "genderMinShare": 0.8
                                 *     }
                                 */
                                behaviour: {
                                    /** @default 3 */
                                    genderMinLines: number;
                                    /** @default 0.8 */
                                    genderMinShare: number;
                                    /** @default 10 */
                                    giftDaysBefore: number;
                                    /** @default 3 */
                                    giftMinDays: number;
                                    /**
                                     * @default {
                                     *       "fromDay": 10,
                                     *       "toDay": 15
                                     *     }
                                     */
                                    payday: {
                                        /** @default 10 */
                                        fromDay: number;
                                        /** @default 15 */
                                        toDay: number;
                                    };
                                    /** @default 3 */
                                    paydayMinDays: number;
                                    /** @default 2 */
                                    plusMinLines: number;
                                    /** @default 0.5 */
                                    plusMinShare: number;
                                    /** @default 3 */
                                    preferenceMinLines: number;
                                    /** @default 0.5 */
                                    preferenceMinShare: number;
                                    /** @default 3 */
                                    promotionMinDays: number;
                                    /** @default 4 */
                                    seasonalMinDays: number;
                                    /** @default 0.01 */
                                    significance: number;
                                };
                                /** @default null */
                                churnDays: number | null;
                                /**
                                 * @default {
                                 *       "model": "bgnbd",
                                 *       "horizonDays": 365,
                                 *       "annualDiscountRate": 0.1,
                                 *       "penalty": 0,
                                 *       "refitGrowth": 0.1
                                 *     }
                                 */
                                clv: {
                                    /** @default 0.1 */
                                    annualDiscountRate: number;
                                    /** @default 365 */
                                    horizonDays: number;
                                    /**
                                     * @default bgnbd
                                     * @enum {string}
                                     */
                                    model: "bgnbd" | "pareto-nbd";
                                    /** @default 0 */
                                    penalty: number;
                                    /** @default 0.1 */
                                    refitGrowth: number;
                                };
                                /**
                                 * @default {
                                 *       "recencyDays": null,
                                 *       "frequency": null,
                                 *       "monetaryFen": null
                                 *     }
                                 */
                                rfm: {
                                    /** @default null */
                                    frequency: number[] | null;
                                    /** @default null */
                                    monetaryFen: number[] | null;
                                    /** @default null */
                                    recencyDays: number[] | null;
                                };
                                /** @default 0.2 */
                                trafficCostShare: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change analytics settings (JSON merge patch)
         * @description Nested objects (rfm, clv) merge key by key; null removes an override so the default applies again. Audited as settings.changed with each changed setting's old and new value.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aovBandsFen?: number[] | null;
                        atRiskDays?: number | null;
                        behaviour?: {
                            genderMinLines?: number | null;
                            genderMinShare?: number | null;
                            giftDaysBefore?: number | null;
                            giftMinDays?: number | null;
                            payday?: {
                                fromDay?: number | null;
                                toDay?: number | null;
                            } | null;
                            paydayMinDays?: number | null;
                            plusMinLines?: number | null;
                            plusMinShare?: number | null;
                            preferenceMinLines?: number | null;
                            preferenceMinShare?: number | null;
                            promotionMinDays?: number | null;
                            seasonalMinDays?: number | null;
                            significance?: number | null;
                        } | null;
                        churnDays?: number | null;
                        clv?: {
                            annualDiscountRate?: number | null;
                            horizonDays?: number | null;
                            /** @enum {string|null} */
                            model?: "bgnbd" | "pareto-nbd" | null;
                            penalty?: number | null;
                            refitGrowth?: number | null;
                        } | null;
                        rfm?: {
                            frequency?: number[] | null;
                            monetaryFen?: number[] | null;
                            recencyDays?: number[] | null;
                        } | null;
                        trafficCostShare?: number | null;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description only the settings changed on this shop */
                            overrides: {
                                [key: string]: unknown;
                            };
                            settings: {
                                /** @default null */
                                aovBandsFen: number[] | null;
                                /** @default null */
                                atRiskDays: number | null;
                                /**
                                 * @default {
                                 *       "significance": 0.01,
                                 *       "payday": {
                                 *         "fromDay": 10,
                                 *         "toDay": 15
                                 *       },
                                 *       "paydayMinDays": 3,
                                 *       "giftDaysBefore": 10,
                                 *       "giftMinDays": 3,
                                 *       "promotionMinDays": 3,
                                 *       "seasonalMinDays": 4,
                                 *       "plusMinLines": 2,
                                 *       "plusMinShare": 0.5,
                                 *       "preferenceMinLines": 3,
                                 *       "preferenceMinShare": 0.5,
                                 *       "genderMinLines": 3,
                                 *       "genderMinShare": 0.8
                                 *     }
                                 */
                                behaviour: {
                                    /** @default 3 */
                                    genderMinLines: number;
                                    /** @default 0.8 */
                                    genderMinShare: number;
                                    /** @default 10 */
                                    giftDaysBefore: number;
                                    /** @default 3 */
                                    giftMinDays: number;
                                    /**
                                     * @default {
                                     *       "fromDay": 10,
                                     *       "toDay": 15
                                     *     }
                                     */
                                    payday: {
                                        /** @default 10 */
                                        fromDay: number;
                                        /** @default 15 */
                                        toDay: number;
                                    };
                                    /** @default 3 */
                                    paydayMinDays: number;
                                    /** @default 2 */
                                    plusMinLines: number;
                                    /** @default 0.5 */
                                    plusMinShare: number;
                                    /** @default 3 */
                                    preferenceMinLines: number;
                                    /** @default 0.5 */
                                    preferenceMinShare: number;
                                    /** @default 3 */
                                    promotionMinDays: number;
                                    /** @default 4 */
                                    seasonalMinDays: number;
                                    /** @default 0.01 */
                                    significance: number;
                                };
                                /** @default null */
                                churnDays: number | null;
                                /**
                                 * @default {
                                 *       "model": "bgnbd",
                                 *       "horizonDays": 365,
                                 *       "annualDiscountRate": 0.1,
                                 *       "penalty": 0,
                                 *       "refitGrowth": 0.1
                                 *     }
                                 */
                                clv: {
                                    /** @default 0.1 */
                                    annualDiscountRate: number;
                                    /** @default 365 */
                                    horizonDays: number;
                                    /**
                                     * @default bgnbd
                                     * @enum {string}
                                     */
                                    model: "bgnbd" | "pareto-nbd";
                                    /** @default 0 */
                                    penalty: number;
                                    /** @default 0.1 */
                                    refitGrowth: number;
                                };
                                /**
                                 * @default {
                                 *       "recencyDays": null,
                                 *       "frequency": null,
                                 *       "monetaryFen": null
                                 *     }
                                 */
                                rfm: {
                                    /** @default null */
                                    frequency: number[] | null;
                                    /** @default null */
                                    monetaryFen: number[] | null;
                                    /** @default null */
                                    recencyDays: number[] | null;
                                };
                                /** @default 0.2 */
                                trafficCostShare: number;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's staff */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accountId: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deactivatedAt: string | null;
                                displayName: string;
                                email: string | null;
                                id: number;
                                /** Format: date-time */
                                lastLoginAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                                shopId: number;
                                /** @enum {string} */
                                status: "active" | "deactivated";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a staff login with a password (or invite instead) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        email?: string;
                        password: string;
                        phone?: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deactivatedAt: string | null;
                            displayName: string;
                            email: string | null;
                            id: number;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                            shopId: number;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a member's role or name (audited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** @enum {string} */
                        role?: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deactivatedAt: string | null;
                            displayName: string;
                            email: string | null;
                            id: number;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                            shopId: number;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/staff/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a member: sessions and API keys stop at once; their records stay with the shop */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deactivatedAt: string | null;
                            displayName: string;
                            email: string | null;
                            id: number;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                            shopId: number;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a one-time password-reset link for a member (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            expiresAt: string;
                            token: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a deactivated member sign in again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deactivatedAt: string | null;
                            displayName: string;
                            email: string | null;
                            id: number;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                            shopId: number;
                            /** @enum {string} */
                            status: "active" | "deactivated";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open invitations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string | null;
                                email: string | null;
                                /** Format: date-time */
                                expiresAt: string;
                                id: number;
                                phone: string | null;
                                /** @enum {string} */
                                role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite someone; the one-time link is returned once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        email?: string;
                        phone?: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string | null;
                            email: string | null;
                            /** Format: date-time */
                            expiresAt: string;
                            id: number;
                            phone: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "presale" | "aftersale" | "analyst";
                            token: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Headline numbers: customers, buyers, orders, revenue, repeat rate
         * @description paidOrders: paid and not closed; revenueFen: paid minus refunds, in 分; repeatRate: share of buyers with paid orders on at least two days (shop time zone).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buyers: number;
                            customers: number;
                            orders: number;
                            paidOrders: number;
                            repeatRate: number;
                            revenueFen: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's tags by name, with how many live customers carry each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Given and taken by its rule (PUT /tags/{id}/rule), never by hand */
                                automatic: boolean;
                                /** @description An antd preset colour */
                                color: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                /** @description Live customers carrying it */
                                customerCount: number;
                                id: number;
                                name: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a manual tag (name unique in the shop; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        color?: "blue" | "purple" | "cyan" | "green" | "magenta" | "pink" | "red" | "orange" | "yellow" | "volcano" | "geekblue" | "lime" | "gold" | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Given and taken by its rule (PUT /tags/{id}/rule), never by hand */
                            automatic: boolean;
                            /** @description An antd preset colour */
                            color: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            /** @description Live customers carrying it */
                            customerCount: number;
                            id: number;
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a tag and take it off every customer (audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customers: number;
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename or recolour a tag (color null clears it; audited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        color?: "blue" | "purple" | "cyan" | "green" | "magenta" | "pink" | "red" | "orange" | "yellow" | "volcano" | "geekblue" | "lime" | "gold" | null;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Given and taken by its rule (PUT /tags/{id}/rule), never by hand */
                            automatic: boolean;
                            /** @description An antd preset colour */
                            color: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            /** @description Live customers carrying it */
                            customerCount: number;
                            id: number;
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tags/{id}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tag up to 1000 customers; ids that are not live customers of the shop are skipped (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description At most 1000 customer ids */
                        customerIds: number[];
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Not live customers of the shop */
                            skipped: number[];
                            /** @description Tagged now */
                            tagged: number;
                            /** @description Carried the tag already */
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/{id}/rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make a tag automatic with a rule (applied now and after every import), or manual again with null */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A rule: a condition {"field", "op", "value"} or a group {"all": [rules]} / {"any": [rules]}, nested up to 5 levels, at most 40 conditions. Fields and the operators each allows: GET /segments/fields. Purchase conditions (products, skus, product_keyword) take an optional "withinDays". */
                        rule: {
                            [key: string]: unknown;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description application/problem+json */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description application/problem+json */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Stable machine-readable error code */
                            code: string;
                            /** @description Details, e.g. the field or permission */
                            data?: {
                                [key: string]: unknown;
                            };
                            instance: string;
                            requestId: string;
                            status: number;
                            /** @description What went wrong, in the caller's language */
                            title: string;
                            /** @description urn:laoke:problem:<code> */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            removed: number;
                        };
                    };
                };
            };
        };
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
