import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { api } from '../../api-client';

export type AppInfo = MethodOutput<'app.info'>;

interface AppInfoState {
  info: AppInfo | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  fetchAppInfo(): Promise<void>;
}

export const useAppInfoStore = create<AppInfoState>()((set) => ({
  info: undefined,
  error: undefined,
  isLoading: false,
  async fetchAppInfo() {
    set({ isLoading: true });
    const result = await api.call('app.info', {});
    set(result.ok ? { info: result.value, error: undefined, isLoading: false } : { error: result.error, isLoading: false });
  },
}));
