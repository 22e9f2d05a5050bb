/**
 * LLM providers (§2): prompts, messages, system prompts and inputs go to the model provider. Cloud platforms
 * (Azure, Vertex AI, Bedrock) serve from the region the client names; the default country is where the SDK's
 * default region is (noted per entry).
 */
import { sdk, vendor, type SinkSpec } from './types';

const OPENAI_METHODS = ['chat.completions.create', 'chat.completions.stream', 'chat.completions.parse', 'beta.chat.completions.parse',
  'beta.chat.completions.stream', 'completions.create', 'responses.create', 'responses.stream', 'responses.parse', 'embeddings.create',
  'moderations.create', 'beta.threads.create', 'beta.threads.messages.create', 'beta.threads.runs.create', 'beta.threads.createAndRun',
  'audio.speech.create', 'images.generate', 'files.create'];
const LANGCHAIN_MODEL_METHODS = ['invoke', 'stream', 'batch', 'call', 'predict', 'predictMessages', 'generate', 'streamEvents',
  'embedQuery', 'embedDocuments'];
const LANGCHAIN_MODEL_FACTORIES = ['bind', 'bindTools', 'withStructuredOutput', 'withConfig', 'withRetry', 'pipe'];
const openai = vendor('OpenAI', 'OpenAI OpCo, LLC', 'US', ['api.openai.com']);
const anthropic = vendor('Anthropic', 'Anthropic, PBC', 'US', ['api.anthropic.com']);
const google = vendor('Google Gemini', 'Google LLC', 'US', ['generativelanguage.googleapis.com']);
const mistral = vendor('Mistral AI', 'Mistral AI SAS', 'FR', ['api.mistral.ai']);
/** The AI SDK's provider packages, by the catalogue entry whose vendor each is. */
const AI_SDK_PROVIDERS: Readonly<Record<string, string>> = {
  '@ai-sdk/openai': 'openai', '@ai-sdk/azure': 'azure-openai', '@ai-sdk/anthropic': 'anthropic', '@ai-sdk/google': 'google-genai',
  '@ai-sdk/google-vertex': 'vertex-ai', '@ai-sdk/mistral': 'mistral', '@ai-sdk/cohere': 'cohere', '@ai-sdk/groq': 'groq',
  '@ai-sdk/togetherai': 'together', '@ai-sdk/amazon-bedrock': 'aws-bedrock', '@ai-sdk/replicate': 'replicate',
};

/** A LangChain integration package: its chat models, LLMs and embeddings are clients. */
const langchain = (id: string, v: typeof openai, modules: string[], classes: string[]): SinkSpec =>
  sdk(id, 'llm', { ...v, name: `${v.name} (LangChain)` }, {
    label: 'LangChain', modules, factories: [...classes, ...LANGCHAIN_MODEL_FACTORIES], instanceMethods: LANGCHAIN_MODEL_METHODS, sentArgs: 1 });

export const LLM_SINKS: readonly SinkSpec[] = [
  sdk('openai', 'llm', openai, { modules: ['openai'], factories: ['new', 'OpenAI'], instanceMethods: OPENAI_METHODS }),
  // Azure OpenAI: the resource's region decides (Japan East exists); US when it cannot be read.
  sdk('azure-openai', 'llm', vendor('Azure OpenAI', 'Microsoft Corporation', 'US', ['*.openai.azure.com']), {
    modules: ['openai#AzureOpenAI', '@azure/openai'], factories: ['new', 'OpenAIClient', 'AzureOpenAI'],
    instanceMethods: [...OPENAI_METHODS, 'getChatCompletions', 'streamChatCompletions', 'getCompletions', 'getEmbeddings'] }),
  sdk('anthropic', 'llm', anthropic, {
    modules: ['@anthropic-ai/sdk'], factories: ['new', 'Anthropic'],
    instanceMethods: ['messages.create', 'messages.stream', 'messages.countTokens', 'beta.messages.create', 'beta.messages.stream',
      'messages.batches.create', 'completions.create'] }),
  // Claude on Bedrock and Vertex AI: the cloud's region decides; US by default.
  sdk('anthropic-cloud', 'llm', vendor('Anthropic on AWS / Google Cloud', 'Amazon Web Services, Inc. / Google LLC', 'US'), {
    modules: ['@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk'], factories: ['AnthropicBedrock', 'AnthropicVertex', 'new'],
    instanceMethods: ['messages.create', 'messages.stream', 'beta.messages.create'] }),
  sdk('google-generative-ai', 'llm', google, {
    modules: ['@google/generative-ai'], factories: ['GoogleGenerativeAI', 'getGenerativeModel', 'startChat'],
    instanceMethods: ['generateContent', 'generateContentStream', 'sendMessage', 'sendMessageStream', 'embedContent', 'batchEmbedContents', 'countTokens'] }),
  sdk('google-genai', 'llm', google, {
    modules: ['@google/genai'], factories: ['GoogleGenAI', 'chats.create'],
    instanceMethods: ['models.generateContent', 'models.generateContentStream', 'models.embedContent', 'models.countTokens', 'sendMessage',
      'sendMessageStream', 'live.connect'] }),
  // Vertex AI: the `location` of the client decides (asia-northeast1 is Tokyo); us-central1 is the usual default.
  sdk('vertex-ai', 'llm', vendor('Vertex AI', 'Google LLC', 'US', ['*-aiplatform.googleapis.com']), {
    modules: ['@google-cloud/vertexai', '@google-cloud/aiplatform'],
    factories: ['VertexAI', 'getGenerativeModel', 'preview.getGenerativeModel', 'startChat', 'PredictionServiceClient'],
    instanceMethods: ['generateContent', 'generateContentStream', 'sendMessage', 'sendMessageStream', 'predict'] }),
  sdk('mistral', 'llm', mistral, {
    modules: ['@mistralai/mistralai'], factories: ['Mistral', 'MistralClient', 'new'],
    instanceMethods: ['chat.complete', 'chat.stream', 'chat', 'chatStream', 'embeddings.create', 'embeddings', 'fim.complete', 'agents.complete',
      'ocr.process'] }),
  sdk('cohere', 'llm', vendor('Cohere', 'Cohere Inc.', 'CA', ['api.cohere.com', 'api.cohere.ai']), {
    modules: ['cohere-ai'], factories: ['CohereClient', 'CohereClientV2'],
    instanceMethods: ['chat', 'chatStream', 'embed', 'generate', 'rerank', 'classify', 'summarize'] }),
  sdk('groq', 'llm', vendor('Groq', 'Groq, Inc.', 'US', ['api.groq.com']), {
    modules: ['groq-sdk'], factories: ['new', 'Groq'], instanceMethods: ['chat.completions.create', 'audio.transcriptions.create'] }),
  sdk('together', 'llm', vendor('Together AI', 'Together Computer, Inc.', 'US', ['api.together.xyz', 'api.together.ai']), {
    modules: ['together-ai'], factories: ['new', 'Together'], instanceMethods: ['chat.completions.create', 'completions.create', 'embeddings.create'] }),
  sdk('replicate', 'llm', vendor('Replicate', 'Replicate, Inc.', 'US', ['api.replicate.com']), {
    modules: ['replicate'], factories: ['new', 'Replicate'], instanceMethods: ['run', 'stream', 'predictions.create', 'deployments.predictions.create'] }),
  // fal.ai's generative media models: `fal.subscribe(model, { input: { prompt } })`, `fal.run(…)`, and its REST hosts
  // (`fetch(\`https://fal.run/fal-ai/${model}\`)`, the queue's `queue.fal.run`).
  sdk('fal', 'llm', vendor('fal.ai', 'Features & Labels, Inc.', 'US', ['fal.run', 'queue.fal.run', 'rest.alpha.fal.ai', 'fal.ai']), {
    modules: ['@fal-ai/client#fal', '@fal-ai/serverless-client', '@fal-ai/client'], factories: ['createFalClient'],
    methods: ['subscribe', 'run', 'stream', 'queue.submit'],
    instanceMethods: ['subscribe', 'run', 'stream', 'queue.submit'] }),
  sdk('huggingface', 'llm', vendor('Hugging Face', 'Hugging Face, Inc.', 'US', ['api-inference.huggingface.co', 'router.huggingface.co']), {
    modules: ['@huggingface/inference'], factories: ['HfInference', 'InferenceClient', 'endpoint'],
    methods: ['chatCompletion', 'textGeneration', 'featureExtraction'],
    instanceMethods: ['textGeneration', 'textGenerationStream', 'chatCompletion', 'chatCompletionStream', 'featureExtraction', 'summarization',
      'translation', 'questionAnswering', 'textClassification', 'tokenClassification'] }),
  // Bedrock: the client's region decides; US when it cannot be read.
  sdk('aws-bedrock', 'llm', vendor('Amazon Bedrock', 'Amazon Web Services, Inc.', 'US', ['bedrock-runtime.*.amazonaws.com']), {
    modules: ['@aws-sdk/client-bedrock-runtime', '@aws-sdk/client-bedrock-agent-runtime'],
    factories: ['BedrockRuntimeClient', 'BedrockAgentRuntimeClient', 'BedrockRuntime'],
    instanceMethods: ['send', 'invokeModel', 'converse', 'converseStream', 'invokeModelWithResponseStream'] }),
  langchain('langchain-openai', openai, ['@langchain/openai', '@langchain/azure-openai'],
    ['ChatOpenAI', 'OpenAI', 'OpenAIEmbeddings', 'AzureChatOpenAI', 'AzureOpenAIEmbeddings']),
  langchain('langchain-anthropic', anthropic, ['@langchain/anthropic'], ['ChatAnthropic']),
  langchain('langchain-google', google, ['@langchain/google-genai', '@langchain/google-vertexai'],
    ['ChatGoogleGenerativeAI', 'GoogleGenerativeAIEmbeddings', 'ChatVertexAI', 'VertexAIEmbeddings']),
  langchain('langchain-mistral', mistral, ['@langchain/mistralai'], ['ChatMistralAI', 'MistralAIEmbeddings']),
  // Prompts, chains and runnables: what they send goes to the chain's model, whose provider the chain does not name.
  sdk('langchain', 'llm', vendor('the LLM provider of a LangChain chain', 'the model provider', 'US'), {
    label: 'LangChain', modules: ['langchain', 'langchain/*', '@langchain/core/*', '@langchain/community/*', '@langchain/groq', '@langchain/aws',
      '@langchain/cohere'],
    factories: ['ChatPromptTemplate', 'PromptTemplate', 'fromMessages', 'fromTemplate', 'RunnableSequence', 'from', 'LLMChain',
      'ConversationChain', 'RetrievalQAChain', 'fromLLM', 'createStuffDocumentsChain', 'createRetrievalChain', 'ChatGroq', 'ChatBedrockConverse',
      'ChatCohere', ...LANGCHAIN_MODEL_FACTORIES,
      // The base classes a project declares its models with (`model: BaseChatModel` of a provider factory's switch).
      'BaseChatModel', 'BaseLanguageModel', 'BaseLanguageModelInterface', 'BaseLLM', 'Embeddings'],
    instanceMethods: LANGCHAIN_MODEL_METHODS, sentArgs: 1 }),
  // The Vercel AI SDK sends `prompt`, `messages`, `system` (and `value(s)` to embed) to the model passed as `model`.
  sdk('vercel-ai-sdk', 'llm', vendor('the model provider of the AI SDK call', 'the model provider', 'US'), {
    label: 'AI SDK', modules: ['ai'], methods: ['generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'embedMany'],
    destination: { kind: 'modelProvider', field: 'model', providers: AI_SDK_PROVIDERS } }),
  // The AI SDK's agents (`ToolLoopAgent` in v6, `Experimental_Agent` in v5): the instructions given when the agent is
  // made go to its model with every `generate` and `stream`, with the prompt or messages of that call.
  sdk('vercel-ai-sdk-agent', 'llm', vendor('the model provider of the AI SDK agent', 'the model provider', 'US'), {
    label: 'AI SDK agent', modules: ['ai#ToolLoopAgent', 'ai#Experimental_Agent', 'ai#Agent'], factories: ['new'],
    instanceMethods: ['generate', 'stream'], creationFields: ['instructions', 'system'],
    destination: { kind: 'modelProvider', field: 'model', fromCreation: true, providers: AI_SDK_PROVIDERS } }),
  sdk('llamaindex', 'llm', vendor('the LLM provider of LlamaIndex', 'the model provider', 'US'), {
    label: 'LlamaIndex', modules: ['llamaindex', 'llamaindex#VectorStoreIndex', '@llamaindex/openai', '@llamaindex/anthropic'],
    methods: ['fromDocuments'],
    factories: ['OpenAI', 'Anthropic', 'Gemini', 'OpenAIEmbedding', 'fromDocuments', 'asQueryEngine', 'asChatEngine', 'SimpleChatEngine',
      'ContextChatEngine'],
    instanceMethods: ['chat', 'complete', 'query', 'getTextEmbedding'] }),
];
