import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { aggregateSelectionRule } from "./aggregate-selection.ts";
import { aliasShadowRule } from "./alias-shadow-rule.ts";
import type { GraphQLSchema } from "graphql";
import type { ServerConfig } from "../config.ts";
import type { RequestContext } from "../context.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { estateSnapshots } from "../traceability/index.ts";
import { accessPlugin } from "./access-plugin.ts";
import { AnswerCache, answerCachePlugin, stringifyAnswer } from "./answer-cache.ts";
import { costPlugin } from "./cost-plugin.ts";
import { singleIntrospectionRule } from "./introspection-rule.ts";
import { formatError } from "./format-error.ts";
import { observePlugin } from "./observe-plugin.ts";

export interface CreateApolloOptions {
  schema: GraphQLSchema;
  config: ServerConfig;
  metrics: Metrics;
  logger: Logger;
}

/**
 * Apollo Server over the executable schema, hardened: CSRF prevention, no batching, no stack traces, depth /
 * alias / directive limits (graphql-armor, limits from the config), one introspection copy per operation, a
 * cost limit that evaluates variables, introspection off in production unless enabled, role checks before any
 * resolver runs, one log line and metrics per operation; read answers kept by estate version (answer-cache.ts)
 * unless ANSWER_CACHE_MB is 0.
 */
export async function createApollo(options: CreateApolloOptions): Promise<ApolloServer<RequestContext>> {
  const { config, schema } = options;
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: config.limits.maxAliases },
    // The cost limit needs the variables (page sizes passed as $n), which validation rules never see: it is
    // server/graphql/cost-plugin.ts.
    costLimit: { enabled: false },
    // Token counting happens before Apollo (server/graphql/token-limit.ts): armor's Apollo plugin turns every
    // syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (HTTP, driver, local Neo4j in order); Apollo's own handler would re-raise the signal
    // and kill the process before the local Neo4j has stopped.
    stopOnTerminationSignals: false,
    formatError,
    // Kept answers are written from the JSON text kept with them (answer-cache.ts).
    stringifyResult: stringifyAnswer,
    validationRules: [
      ...armor.validationRules,
      aggregateSelectionRule,
      aliasShadowRule,
      singleIntrospectionRule,
    ],
    plugins: [
      ...(armor.plugins as never[]),
      accessPlugin(() => schema),
      costPlugin(() => schema, config.limits.maxCost),
      observePlugin(options.metrics, options.logger),
      ...(config.answerCacheBytes > 0
        ? [
            answerCachePlugin({
              cache: new AnswerCache(config.answerCacheBytes),
              version: (ctx) => estateSnapshots(ctx).version(),
              onOutcome: (outcome) => options.metrics.answerCache.inc({ outcome }),
            }),
          ]
        : []),
      // Apollo's default cache-control plugin wraps every field's resolver to read cache hints, which this API
      // never sets: on a 1,000-object lineage that was ~10,000 wrapped fields per answer for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  return apollo;
}
