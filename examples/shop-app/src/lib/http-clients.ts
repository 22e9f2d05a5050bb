import axios from 'axios';
import { CRM_BASE_URL } from '../config/endpoints';

/**
 * HTTP clients shared across modules. CRM Example Inc. hosts the sales team's CRM in the United States; it is a
 * registered processor abroad (privacy-lint.json).
 */
export const crmClient = axios.create({ baseURL: CRM_BASE_URL, timeout: 10_000 });
